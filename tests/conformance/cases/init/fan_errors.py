import torch
import torch.nn as nn

try:
    nn.init.xavier_uniform_(torch.rand(5))
except ValueError as e:
    print("ValueError:", e)
try:
    nn.init.kaiming_uniform_(torch.rand(2, 2), mode="fan_avg")
except ValueError as e:
    print("ValueError:", e)
print(nn.init._calculate_fan_in_and_fan_out(torch.rand(6, 3)))
print(nn.init._calculate_fan_in_and_fan_out(torch.rand(6, 3, 2, 2)))
