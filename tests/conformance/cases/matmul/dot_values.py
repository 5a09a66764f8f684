import torch

a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([4.0, -5.0, 6.0])
print(a @ b, torch.dot(a, b), a.dot(b), torch.matmul(a, b))
print(torch.dot(torch.tensor([1, 2]), torch.tensor([3, 4])))
print((a @ b).shape)
