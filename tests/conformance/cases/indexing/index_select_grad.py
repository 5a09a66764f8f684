import torch

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
y = x.index_select(1, torch.tensor([2, 0, 2]))
print(y)
y.sum().backward()
print(x.grad)
