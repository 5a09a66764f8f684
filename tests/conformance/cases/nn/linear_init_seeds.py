import torch
import torch.nn as nn

for seed in [0, 1, 42]:
    torch.manual_seed(seed)
    lin = nn.Linear(5, 3)
    print(seed, lin.weight.tolist(), lin.bias.tolist())
torch.manual_seed(7)
big = nn.Linear(20, 10)
print(big.weight)
print(big.bias)
