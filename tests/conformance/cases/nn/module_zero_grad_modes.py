import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(2, 1))
w = model[0].weight
(w * torch.tensor([[1.0, 2.0]])).sum().backward()
print(w.grad)
g = w.grad
model.zero_grad()
print(w.grad, w.grad is g)
model.zero_grad(set_to_none=True)
print(w.grad)
