import torch
import torch.nn as nn

torch.manual_seed(0)
lin = nn.Linear(4, 3)
before = lin.weight.tolist()
lin.reset_parameters()
print(before)
print(lin.weight)
print(lin.bias)
