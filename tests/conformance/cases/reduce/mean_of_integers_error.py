import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: torch.tensor([1, 2, 3]).mean())
print(torch.tensor([1, 2, 3]).float().mean())
