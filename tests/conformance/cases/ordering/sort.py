import torch

x = torch.tensor([[3.0, 1.0, 2.0], [0.5, float('nan'), -1.0]])
print(torch.sort(x))
print(x.sort(dim=0, descending=True))
values, indices = torch.sort(x[0], stable=True)
print(values, indices, type(torch.sort(x)).__name__)
print(torch.argsort(x, dim=1, descending=True), x.argsort(), torch.msort(x))
ties = torch.tensor([(i * 7) % 3 for i in range(24)])
print(torch.sort(ties).indices, torch.sort(ties, descending=True).indices, torch.sort(ties, stable=True).indices)
print(torch.sort(torch.tensor(5.0)), torch.sort(torch.tensor([True, False, True])))
try:
    torch.sort(x, dim=2)
except IndexError as e:
    print("IndexError:", e)
