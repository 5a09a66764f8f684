import torch

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
y = x[1] * 2 + x[:, 0].sum() + x[0, 1:].sum() * 3
y.sum().backward()
print(x.grad)
