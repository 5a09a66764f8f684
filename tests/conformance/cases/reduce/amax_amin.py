import torch

x = torch.tensor([[1.0, 3.0], [3.0, 2.0]], requires_grad=True)
a = x.amax(dim=0)
print(a, torch.amin(x, dim=1), x.amax(), torch.amax(x, (0, 1)))
a.sum().backward()
print(x.grad)
