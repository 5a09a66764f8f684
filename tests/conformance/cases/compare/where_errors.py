import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: torch.where(torch.tensor([1, 0]), torch.tensor([1.0, 2.0]), 0.0))
show(lambda: torch.where(torch.tensor([True, False]), torch.tensor([1, 2]), torch.tensor([1.0, 2.0, 3.0])))
