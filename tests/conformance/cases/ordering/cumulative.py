import torch

x = torch.tensor([[1.0, 2.0, 3.0], [0.5, -2.0, 4.0]])
print(torch.cumprod(x, 1), x.cumprod(dim=0), torch.cumprod(torch.tensor([1, 2, 3]), 0))
print(torch.cummax(torch.tensor([1.0, 3.0, 3.0, float('nan'), 2.0]), 0))
print(x.cummin(dim=1))
print(torch.logcumsumexp(torch.tensor([0.0, 1.0, float('-inf'), 2.0]), 0), x.logcumsumexp(1))
try:
    torch.logcumsumexp(torch.tensor([1, 2]), 0)
except RuntimeError as e:
    print("RuntimeError:", e)
