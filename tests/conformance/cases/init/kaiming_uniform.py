import torch
import torch.nn as nn

torch.manual_seed(0)
w = torch.rand(3, 4)
print(nn.init.kaiming_uniform_(w))
print(nn.init.kaiming_uniform_(w, mode="fan_out", nonlinearity="relu"))
print(nn.init.kaiming_uniform_(w, a=0.1))
