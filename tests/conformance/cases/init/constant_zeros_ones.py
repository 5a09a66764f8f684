import torch
import torch.nn as nn

lin = nn.Linear(3, 2)
print(nn.init.constant_(lin.weight, 0.25))
print(nn.init.zeros_(lin.bias))
print(nn.init.ones_(lin.bias))
print(lin.weight.requires_grad, lin.weight.grad_fn)
