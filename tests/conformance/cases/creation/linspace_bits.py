import math

import torch

# Every value to the bit: the vectorised kernel's order shows in the last bits.
x = torch.linspace(-math.pi, math.pi, 2000)
print([v.hex() for v in x[990:1010].tolist()])
print([v.hex() for v in x[-20:].tolist()])
y = torch.linspace(-math.pi, math.pi, 37, dtype=torch.float64)
print([v.hex() for v in y.tolist()])
print([v.hex() for v in torch.linspace(0.1, 0.7, 33).tolist()])
print([v.hex() for v in torch.linspace(3, -7, 21, dtype=torch.float64).tolist()])
print(torch.linspace(-1, 1, 2), torch.linspace(5, 5, 1), torch.linspace(0, 1, 0))
