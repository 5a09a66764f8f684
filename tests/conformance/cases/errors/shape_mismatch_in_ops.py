import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = torch.ones(2, 3)
show(lambda: a + torch.ones(3, 2))
show(lambda: torch.maximum(a, torch.ones(2)))
show(lambda: torch.where(a > 0, a, torch.ones(4)))
show(lambda: a * torch.ones(2, 1, 2))
