import torch

x = torch.tensor([[1.0, -2.0], [-3.0, 4.0]], requires_grad=True)
y = x[torch.tensor([[True, False], [False, True]])]
print(y)
(y ** 2).sum().backward()
print(x.grad)
