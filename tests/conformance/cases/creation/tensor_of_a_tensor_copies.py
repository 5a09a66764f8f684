import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = torch.tensor(x)
print(y, y.requires_grad)
y.add_(1)
print(x)
print(torch.tensor(x, dtype=torch.int64))
