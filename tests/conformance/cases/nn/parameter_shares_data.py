import torch
import torch.nn as nn

t = torch.tensor([1.0, 2.0, 3.0])
p = nn.Parameter(t)
with torch.no_grad():
    p.mul_(10)
print(t)
print(p)
x = torch.tensor([1.0], requires_grad=True)
y = x * 3
w = nn.Parameter(y)
print(w.is_leaf, w.grad_fn, w)
