import torch

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
y = x.t().reshape(3, 2) * torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
y.sum().backward()
print(x.grad)
