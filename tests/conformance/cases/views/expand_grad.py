import torch

b = torch.tensor([1.0, 2.0], requires_grad=True)
y = b.expand(3, 2) * torch.tensor([[1.0], [2.0], [3.0]])
y.sum().backward()
print(b.grad)
