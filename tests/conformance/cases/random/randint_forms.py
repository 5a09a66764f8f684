import torch

torch.manual_seed(1)
print(torch.randint(10, (6,)))
print(torch.randint(-5, 5, (2, 4)))
print(torch.randint(low=0, high=3, size=(5,)))
print(torch.randint(2, size=(8,)))
print(torch.randint(0, 100, (3,), dtype=torch.float32))
