import math

import torch

print(torch.logspace(0, 3, 4))
print(torch.logspace(-2, 3, 7, base=2.5))
print([v.hex() for v in torch.logspace(-10, 10, 41, dtype=torch.float64).tolist()])
print([v.hex() for v in torch.logspace(0.1, 1.7, 33, base=math.e).tolist()])
print(torch.logspace(0, 2, 3, base=2.5, dtype=torch.int32), torch.logspace(0.5, 1, 1, dtype=torch.int64))
print(torch.logspace(0, 1, 2, base=-2.0), torch.logspace(2, 0, 0), torch.logspace(0, 1, 5, requires_grad=True))
try:
    torch.logspace(0, 1, 3, dtype=torch.bool)
except RuntimeError as e:
    print(e)
