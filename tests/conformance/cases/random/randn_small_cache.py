import torch

# Fewer than 16 values come in Box-Muller pairs; the unused half waits for the next call.
torch.manual_seed(0)
print(torch.randn(3))
print(torch.rand(2))
print(torch.randn(1))
print(torch.randn(1))
