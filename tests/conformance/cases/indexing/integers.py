import torch

x = torch.tensor([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])

print(x[0], x[-1], x[1, 2], x[-1, -2], x[2][3])
print(x[0, 0].item(), type(x[0, 0].item()).__name__)
