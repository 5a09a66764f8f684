import torch
import torch.nn as nn

torch.manual_seed(0)
w = torch.rand(4, 5)
print(nn.init.kaiming_normal_(w, mode="fan_out", nonlinearity="relu"))
tiny = torch.rand(2, 2)
print(nn.init.kaiming_normal_(tiny))
