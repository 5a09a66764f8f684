import torch

v = torch.tensor([10.0, 20.0], requires_grad=True)
z = torch.zeros(3)
z[1:] = v
print(z)
(z * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(v.grad)
s = torch.tensor(4.0, requires_grad=True)
z2 = torch.zeros(3)
z2[0:2] = s
print(z2)
z2.sum().backward()
print(s.grad)
