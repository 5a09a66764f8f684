import torch

torch.manual_seed(0)
print(torch.randint(0, 2**40, (3,)))
print(torch.randint(-2**62, 2**62, (2,)))
print(torch.randint(0, 2**32, (2,)))
