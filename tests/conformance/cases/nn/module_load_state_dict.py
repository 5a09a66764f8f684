import torch
import torch.nn as nn

torch.manual_seed(0)
source = nn.Sequential(nn.Linear(3, 2), nn.ReLU(), nn.Linear(2, 1))
torch.manual_seed(1)
target = nn.Sequential(nn.Linear(3, 2), nn.ReLU(), nn.Linear(2, 1))
weight = target[0].weight
print(target.load_state_dict(source.state_dict()))
print(target[0].weight is weight, target[0].weight.requires_grad)
print(target[0].weight)
print(target[2].bias)
try:
    target.load_state_dict({"0.weight": torch.zeros(3, 3)}, strict=False)
except RuntimeError as e:
    print("RuntimeError:", e)
