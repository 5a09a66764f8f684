import torch
import torch.nn.functional as F

x = torch.tensor([[1.0, 2.0, 3.0, 4.0], [2.0, -1.0, 0.5, 0.0], [0.0, 0.0, 0.0, 0.0]])
print(F.softmax(x, dim=1))
print(F.softmax(x, dim=0))
print(F.softmax(x, dim=-1).sum(dim=1))
print(torch.softmax(x, 1).tolist())
print(x.softmax(0).tolist())
