import torch
import torch.nn as nn

torch.manual_seed(0)
lin = nn.Linear(2, 3, dtype=torch.float64)
print(lin.weight)
print(lin.bias.dtype)
torch.manual_seed(0)
print(nn.Linear(2, 3).double().weight)
print(nn.Linear(2, 2).to(torch.float64).bias.dtype)
