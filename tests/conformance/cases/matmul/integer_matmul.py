import torch

a = torch.tensor([[1, 2], [3, 4]])
b = torch.tensor([[5, 6], [7, 8]])
print(a @ b)
print(torch.tensor([[1, 2]], dtype=torch.int32) @ torch.tensor([[3], [4]], dtype=torch.int32))
print(a @ torch.tensor([1, 1]))
