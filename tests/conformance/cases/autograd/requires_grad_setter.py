import torch

x = torch.tensor([1.0, 2.0])
x.requires_grad = True
print(x)
y = x * 2
try:
    y.requires_grad = False
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    y.requires_grad = True
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.tensor([1, 2]).requires_grad_()
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)

print(torch.tensor([1, 2]).requires_grad_(False))
x.requires_grad_(False)
print(x, (x * 2).requires_grad)
