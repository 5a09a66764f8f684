import torch
import torch.nn as nn

torch.manual_seed(0)
w = torch.rand(3, 5)
print(nn.init.xavier_uniform_(w))
print(nn.init.xavier_uniform_(w, gain=nn.init.calculate_gain("tanh")))
