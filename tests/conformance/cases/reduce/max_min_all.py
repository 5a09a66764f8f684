import torch

x = torch.tensor([[1.0, 5.0], [3.0, -2.0]])
print(x.max(), x.min(), torch.max(x), torch.min(x))
print(torch.tensor([1, 7, 3]).max(), torch.tensor([True, False]).min())
