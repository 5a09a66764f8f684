import torch

x = torch.tensor([1, 2, 3, 4, 5, 6])
a, b = x.split(3)
b[0] = 40
print(x)
for piece in x.chunk(3):
    piece.mul_(10)
print(x)
r0, r1 = torch.tensor([[1, 2], [3, 4]]).unbind()
print(r0.storage_offset(), r1.storage_offset())
