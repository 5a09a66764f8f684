import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: torch.tensor([[1, 2], [3]]))
show(lambda: torch.tensor([1, "a"]))
show(lambda: torch.tensor(None))
show(lambda: torch.tensor([torch.tensor([1, 2]), torch.tensor([3, 4])]))
