import torch

x = torch.tensor([-2.0, 0.5, 3.0])
print(x.clamp(0, 1), x.clamp(min=0), x.clamp(max=1), torch.clip(x, -1, 1))
print(torch.tensor([1, 5, 9]).clamp(2, 6), torch.tensor([1, 5]).clamp(0.5, 2))
print(x.clamp(2, 1))
