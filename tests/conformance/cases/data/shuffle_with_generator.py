import torch
from torch.utils.data import DataLoader, RandomSampler

g = torch.Generator()
g.manual_seed(7)
loader = DataLoader(list(range(8)), batch_size=3, shuffle=True, generator=g)
print([b.tolist() for b in loader])
print([b.tolist() for b in loader])
torch.manual_seed(1)
print(list(RandomSampler(range(6))))
print(list(RandomSampler(range(6), replacement=True, num_samples=10)))
