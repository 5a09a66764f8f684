import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = torch.tensor([True, False, True])
b = torch.tensor([True, True, False])
print(torch.logical_and(a, b), torch.logical_or(a, b), torch.logical_xor(a, b), torch.logical_not(a))
print(torch.logical_and(torch.tensor([1.0, 0.0]), torch.tensor([2, 3])))
show(lambda: torch.logical_xor(torch.tensor([1.0]), 1))
