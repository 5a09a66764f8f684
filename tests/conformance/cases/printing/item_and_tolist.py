import torch

x = torch.tensor([0.1, 0.25, 1 / 3])
print(torch.tensor(0.1).item(), torch.tensor([2.5]).item())
print(x.tolist())
print(torch.tensor([[1, 2], [3, 4]]).tolist(), torch.tensor(7).tolist(), torch.tensor([True]).tolist())
print(type(torch.tensor(3).item()), type(torch.tensor(3.0).item()), type(torch.tensor(True).item()))
