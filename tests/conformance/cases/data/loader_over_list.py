import torch
from torch.utils.data import DataLoader

numbers = list(range(10))
print([batch for batch in DataLoader(numbers, batch_size=4)])
print([batch.tolist() for batch in DataLoader(numbers, batch_size=4, drop_last=True)])
print(len(DataLoader(numbers, batch_size=4)), len(DataLoader(numbers, batch_size=4, drop_last=True)))
print([batch for batch in DataLoader([0.5, 1.5, 2.5], batch_size=2)])
