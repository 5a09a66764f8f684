import torch

# float32 log2 rounds as PyTorch's vectorised kernel, which differs from the C library here.
print(torch.log2(torch.tensor([1.7180553674697876, 3.0, 0.1])).tolist())
