import torch

x = torch.zeros(3, 4)
x[[0, 2]] = torch.tensor([1.0, 2.0, 3.0, 4.0])
print(x)
x[[0, 1], [1, 2]] = 100
print(x)
x[torch.tensor([0, 0])] += 1
print(x)
x[:, [0, 3]] = torch.tensor([[5.0, 6.0]])
print(x)
