import torch
import torch.nn as nn
import torch.optim as optim

model = nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 1))
opt = optim.SGD([
    {"params": model[0].parameters()},
    {"params": model[1].parameters(), "lr": 0.01},
], lr=0.1, momentum=0.9)
print(len(opt.param_groups))
print([g["lr"] for g in opt.param_groups], [g["momentum"] for g in opt.param_groups])
print(opt)
extra = torch.tensor([0.0, 0.0, 0.0], requires_grad=True)
opt.add_param_group({"params": [extra], "lr": 1.0})
print(len(opt.param_groups), opt.param_groups[2]["momentum"])
try:
    opt.add_param_group({"params": [extra]})
except ValueError as e:
    print("ValueError:", e)
