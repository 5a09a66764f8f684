import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = w * 1
v = y[0:2]
y.mul_(10)
print(v)
v.sum().backward()
print(w.grad)
