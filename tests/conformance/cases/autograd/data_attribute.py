import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
d = x.data
print(d, d.requires_grad, d.is_leaf)
d.mul_(10)
print(x)
y = x * x
x.data.add_(1)
y.sum().backward()
print(x.grad)
x.data = torch.tensor([5.0, 6.0, 7.0])
print(x, x.shape)
try:
    setattr(x, 'data', 5)
except (TypeError) as e:
    print(type(e).__name__ + ":", e)
