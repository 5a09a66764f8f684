import torch
import torch.nn as nn
import torch.nn.functional as F

print(F.softmax(torch.tensor([1.0, 2.0])))
print(F.softmax(torch.tensor([[1.0, 2.0], [3.0, 5.0]])))
print(nn.Softmax()(torch.tensor([[1.0, 2.0], [3.0, 5.0]])))
print(nn.LogSoftmax(dim=0)(torch.tensor([[1.0, 2.0], [3.0, 5.0]])))
