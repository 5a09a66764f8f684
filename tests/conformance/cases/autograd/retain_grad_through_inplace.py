import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 2
y.retain_grad()
y.add_(1)
(y * y).sum().backward()
print(y.grad, x.grad)
