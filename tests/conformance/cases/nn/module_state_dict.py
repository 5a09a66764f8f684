import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 2), nn.Tanh(), nn.Linear(2, 1))
sd = model.state_dict()
print(type(sd).__name__)
print(list(sd.keys()))
print(sd)
print(sd["0.weight"].requires_grad, model[0].weight.requires_grad)
