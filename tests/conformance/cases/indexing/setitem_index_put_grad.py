import torch

w = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
v = torch.tensor([5.0, 6.0], requires_grad=True)
y = w * 1
y[[0, 3]] = v
print(y)
(y * torch.tensor([1.0, 2.0, 3.0, 4.0])).sum().backward()
print(w.grad, v.grad)
m = w * 1
m[torch.tensor([True, False, True, False])] = 0.0
print(m)
