import torch

for call in [lambda: torch.normal(0.0, -1.0, (3,)),
             lambda: torch.normal(torch.tensor([0.0, 1.0]), torch.tensor([1.0, -1.0])),
             lambda: torch.rand(3).normal_(0, -2),
             lambda: torch.rand(3).uniform_(1, 0)]:
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError:", e)
