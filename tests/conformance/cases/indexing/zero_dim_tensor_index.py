import torch

x = torch.tensor([10, 20, 30])
i = torch.tensor(1)
print(x[i], x[torch.tensor(-1)])
print(torch.tensor([[1, 2], [3, 4]])[torch.tensor(0), 1])
print(x[i:])
