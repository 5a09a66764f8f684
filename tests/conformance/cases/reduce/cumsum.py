import torch

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
y = torch.cumsum(x, dim=1)
print(y, x.cumsum(0))
(y * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(x.grad)
print(torch.tensor([1, 2, 3]).cumsum(0), torch.tensor([True, True, False]).cumsum(0))
print(torch.tensor([1.5, 2.5]).cumsum(0, dtype=torch.int64), torch.tensor(3.0).cumsum(0))
print(torch.tensor([0.1] * 10).cumsum(0).tolist())
