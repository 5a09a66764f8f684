import torch

print(torch.float32, torch.float, torch.float64, torch.double)
print(torch.int64, torch.long, torch.int32, torch.int, torch.bool)
print(torch.float is torch.float32, torch.long == torch.int64)
print(torch.float32.is_floating_point, torch.int64.is_floating_point)
