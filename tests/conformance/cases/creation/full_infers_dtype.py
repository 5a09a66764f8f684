import torch

print(torch.full((2,), 1), torch.full((2,), 1.5), torch.full((2,), True))
print(torch.full([2, 2], 7, dtype=torch.float32))
print(torch.full((3,), -0.25, requires_grad=True))
