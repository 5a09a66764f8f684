import torch
import torch.nn as nn

torch.manual_seed(0)
lin = nn.Linear(4, 2, bias=False)
print(lin)
print(lin.bias)
print(list(lin.state_dict().keys()))
print(lin.weight)
