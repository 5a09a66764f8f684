import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: torch.tensor([1, 2]).frac())
print(torch.tensor([1, 2]).floor(), torch.tensor([1, 2]).round())
show(lambda: torch.tensor([True]).floor())
show(lambda: torch.tensor([True]).relu())
