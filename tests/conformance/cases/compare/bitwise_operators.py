import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = torch.tensor([True, False, True])
b = torch.tensor([True, True, False])
print(a & b, a | b, a ^ b, ~a)
i = torch.tensor([3, 5, 6])
print(i & 1, i | 8, i ^ 1, ~i)
show(lambda: torch.tensor([1.5]) & 1)
show(lambda: ~torch.tensor([1.5]))
