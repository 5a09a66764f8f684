import torch

x = torch.zeros(2, 3)
for d in [3, -4]:
    try:
        x.unsqueeze(d)
    except IndexError as e:
        print("IndexError:", e)
