import torch
from torch.utils.data import DataLoader

torch.manual_seed(0)
loader = DataLoader(list(range(12)), batch_size=5, shuffle=True)
for epoch in range(3):
    print(epoch, [batch.tolist() for batch in loader])
print(torch.rand(3))
torch.manual_seed(0)
plain = DataLoader(list(range(4)), batch_size=2)
print([b.tolist() for b in plain], torch.rand(3))
