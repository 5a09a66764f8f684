import torch

x = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
x.mean(dim=1).sum().backward()
print(x.grad)
