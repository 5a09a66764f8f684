import torch

a = torch.tensor([7, -7, 7, -7])
b = torch.tensor([2, 2, -2, -2])
print(a // b, a % b)
print(torch.floor_divide(a, 3), torch.remainder(a, 3), torch.fmod(a, 3))
x = torch.tensor([-3.5, 3.5])
print(x // 2, x % 2, x % -2, torch.fmod(x, 2))
print(7 // torch.tensor([2, 3]), 7 % torch.tensor([2, 3]))
