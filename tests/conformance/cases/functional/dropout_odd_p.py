import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.rand(20) + 1
for p in [0.1, 0.49543508709194095, 0.8474337369372327]:
    print(nn.Dropout(p)(x).tolist())
