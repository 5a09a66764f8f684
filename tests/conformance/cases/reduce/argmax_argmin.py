import torch

x = torch.tensor([[1, 5, 5], [7, 0, 7]])
print(x.argmax(), x.argmin(), x.argmax(dim=1), x.argmin(dim=0, keepdim=True))
print(torch.argmax(x, dim=1, keepdim=True), x.argmax(keepdim=True))
print(torch.tensor([3.0, float('nan'), 1.0]).argmax())
