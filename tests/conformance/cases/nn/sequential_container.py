import torch.nn as nn
from collections import OrderedDict

seq = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
print(len(seq))
print(seq[0], seq[-1])
print(seq[1:])
print([type(m).__name__ for m in seq])
seq.append(nn.Sigmoid())
print(len(seq), seq[3])
named = nn.Sequential(OrderedDict([("hidden", nn.Linear(2, 4)), ("act", nn.Tanh()), ("out", nn.Linear(4, 1))]))
print(named)
print(named.hidden)
print([name for name, _ in named.named_parameters()])
try:
    seq[10]
except IndexError as e:
    print("IndexError:", e)
