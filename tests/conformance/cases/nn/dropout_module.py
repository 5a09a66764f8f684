import torch
import torch.nn as nn

torch.manual_seed(0)
drop = nn.Dropout(p=0.2)
print(drop)
x = torch.rand(3, 4) + 1
print(drop(x))
drop.eval()
print(drop(x) is x)
try:
    nn.Dropout(1.5)
except ValueError as e:
    print("ValueError:", e)
