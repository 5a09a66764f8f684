import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = torch.tensor([1.0, 2.0])
b = torch.tensor([10.0, 20.0])
print(torch.add(a, b, alpha=2), torch.sub(a, b, alpha=0.5), a.add(b, alpha=-1))
print(torch.add(torch.tensor([1, 2]), torch.tensor([3, 4]), alpha=2))
show(lambda: torch.add(torch.tensor([1, 2]), torch.tensor([3, 4]), alpha=2.5))
print(torch.add(a, 5, alpha=2), torch.sub(a, 1, alpha=3))
