import torch

x = torch.tensor([[1.0, 2.0, 0.5], [0.1, -0.3, 0.2]], requires_grad=True)
y = torch.softmax(x, dim=1)
print(y)
(y * torch.tensor([[1.0, 0.0, 2.0], [0.5, 0.5, -1.0]])).sum().backward()
print(x.grad)
x.grad = None
z = torch.log_softmax(x, dim=1)
print(z)
(z * torch.tensor([[1.0, 0.0, 0.0], [1.0, 0.0, 0.0]])).sum().backward()
print(x.grad)
