import torch
from torch.utils.data import random_split, Subset

torch.manual_seed(42)
train, test = random_split(range(10), [7, 3])
print(train.indices, test.indices, list(train), len(test))
a, b, c = random_split(range(10), [0.5, 0.3, 0.2])
print(list(a), list(b), list(c))
g = torch.Generator().manual_seed(0)
print([s.indices for s in random_split(range(5), [2, 3], generator=g)])
print(list(Subset([10, 20, 30, 40], [3, 1])))
try:
    random_split(range(5), [2, 2])
except ValueError as e:
    print("ValueError:", e)
