import torch

a = torch.tensor([[0.1, 0.2], [0.3, 0.4]], dtype=torch.float64)
print(a @ a)
print((a @ a).dtype)
