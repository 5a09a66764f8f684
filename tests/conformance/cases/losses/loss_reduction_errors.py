import torch
import torch.nn as nn

try:
    nn.MSELoss(reduction="avg")(torch.tensor([1.0]), torch.tensor([2.0]))
except ValueError as e:
    print("ValueError:", e)
print(nn.MSELoss(size_average=False)(torch.tensor([1.0, 3.0]), torch.tensor([2.0, 1.0])))
print(nn.MSELoss(reduce=False)(torch.tensor([1.0, 3.0]), torch.tensor([2.0, 1.0])))
print(nn.MSELoss(reduction="sum").reduction)
