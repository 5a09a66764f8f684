import torch

x = torch.tensor([[[1.0, 2.0], [3.0, 4.0]], [[5.0, 6.0], [7.0, 8.0]]], requires_grad=True)
y = x.permute(2, 0, 1)
(y * torch.tensor([1.0, 10.0])).sum().backward()
print(x.grad)
