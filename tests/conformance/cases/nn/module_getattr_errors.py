import torch
import torch.nn as nn

lin = nn.Linear(2, 2)
try:
    lin.weights
except AttributeError as e:
    print("AttributeError:", e)
try:
    lin.weight = torch.zeros_like(lin.weight)
except TypeError as e:
    print("TypeError:", e)
lin.bias = None
print(lin.bias, [name for name, _ in lin.named_parameters()])
lin.bias = nn.Parameter(torch.zeros_like(lin.weight).sum(0))
print([name for name, _ in lin.named_parameters()])
try:
    nn.Module().forward()
except NotImplementedError as e:
    print("NotImplementedError:", e)
