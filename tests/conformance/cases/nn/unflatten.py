# nn.Unflatten splits one dim into the given sizes; its size must be a tuple or list of ints.
import torch
from torch import nn

print(nn.Unflatten(1, (2, 5)))
print(nn.Unflatten(-1, torch.Size([5, 2])))
print(nn.Unflatten(1, [2, -1]))
print(nn.Unflatten(1, (2, 5))(torch.arange(20).view(2, 10)))
print(nn.Sequential(nn.Flatten(), nn.Unflatten(1, (3, 2)))(torch.zeros(4, 2, 3)).shape)
for dim, size in [(1, (2.0, 5)), (1, 10), ("x", (2, 5)), (1.5, (2, 5))]:
    try:
        nn.Unflatten(dim, size)
    except TypeError as e:
        print("TypeError:", e)
