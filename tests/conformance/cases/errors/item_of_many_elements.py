import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: torch.tensor([1.0, 2.0]).item())
show(lambda: float(torch.tensor([1.0, 2.0])))
show(lambda: int(torch.tensor([1, 2])))
print(float(torch.tensor([2.5])), int(torch.tensor(7.9)))
