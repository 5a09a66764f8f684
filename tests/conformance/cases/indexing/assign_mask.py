import torch

x = torch.tensor([3.0, -1.0, 4.0, -1.5, 5.0])
x[torch.tensor([False, True, False, True, False])] = 0.0
print(x)
x[torch.tensor([True, False, True, False, False])] = torch.tensor([10.0, 30.0])
print(x)
m = torch.tensor([[1, 2], [3, 4]])
m[torch.tensor([[True, False], [False, True]])] = torch.tensor(0)
print(m)
m[[True, False]] = 9
print(m)
