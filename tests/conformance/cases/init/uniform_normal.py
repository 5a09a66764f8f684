import torch
import torch.nn as nn

torch.manual_seed(5)
w = torch.rand(2, 3)
print(nn.init.uniform_(w, -0.1, 0.1))
print(nn.init.uniform_(w))
print(nn.init.normal_(w, mean=1.0, std=0.01))
big = torch.rand(4, 8)
print(nn.init.normal_(big, std=0.02))
