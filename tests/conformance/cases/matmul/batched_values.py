import torch

a = torch.tensor([[[1.0, 2.0], [3.0, 4.0]], [[0.5, 0.0], [0.0, 2.0]]])
b = torch.tensor([[1.0, -1.0], [2.0, 0.0]])
print(a @ b)
print(b @ a)
print(a @ torch.tensor([1.0, 2.0]))
print(torch.tensor([1.0, 2.0]) @ a)
print(torch.bmm(a, a))
