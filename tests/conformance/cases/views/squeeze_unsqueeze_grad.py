import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x.unsqueeze(1) * torch.tensor([[1.0, 2.0]])
y.sum().backward()
print(x.grad)
z = torch.tensor([[[2.0], [3.0]]], requires_grad=True)
(z.squeeze() ** 2).sum().backward()
print(z.grad)
