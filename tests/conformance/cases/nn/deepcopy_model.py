import copy
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 2), nn.Tanh())
best = copy.deepcopy(model)
with torch.no_grad():
    model[0].weight.fill_(1.0)
print(model[0].weight)
print(best[0].weight)
print(best[0].weight is model[0].weight, type(best[0].weight).__name__)
print(best)
t = torch.tensor([1.0, 2.0], requires_grad=True)
(t * t).sum().backward()
t2 = copy.deepcopy(t)
print(t2, t2.grad)
try:
    copy.deepcopy(t * 2)
except RuntimeError as e:
    print("RuntimeError:", e)
