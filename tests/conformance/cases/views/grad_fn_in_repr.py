import torch

x = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
print(x.t())
print(x.T)
print(x.unsqueeze(0))
print(x.t().reshape(4))
