import torch
import torch.nn as nn

torch.manual_seed(0)
w = torch.rand(4, 6)
print(nn.init.xavier_normal_(w))
small = torch.rand(2, 3)
print(nn.init.xavier_normal_(small, gain=2.0))
