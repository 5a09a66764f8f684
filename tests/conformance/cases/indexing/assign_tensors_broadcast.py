import torch

x = torch.zeros(3, 4)
x[:, 0] = torch.tensor([7.0, 8.0, 9.0])
x[2, 1:3] = torch.tensor([1, 2])
x[0] = torch.tensor([[1.0, 2.0, 3.0, 4.0]])
x[1:] = torch.tensor([10.0, 20.0, 30.0, 40.0])
print(x)
