import torch

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
w = torch.tensor([[1.0, -1.0], [2.0, 0.5], [0.0, 3.0]])
(x.t() * w).sum().backward()
print(x.grad)
