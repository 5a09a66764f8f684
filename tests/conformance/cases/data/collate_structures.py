import torch
from torch.utils.data import DataLoader

samples = [{"x": 1.0, "label": 0}, {"x": 2.0, "label": 1}, {"x": 3.5, "label": 1}]
for batch in DataLoader(samples, batch_size=2):
    print(batch)
pairs = [(1, 0.5), (2, 1.5), (3, 2.5)]
for batch in DataLoader(pairs, batch_size=3):
    print(batch)
for batch in DataLoader([[1, 2], [3, 4]], batch_size=2):
    print(batch)
print(list(DataLoader(["a", "b", "c"], batch_size=2)))
