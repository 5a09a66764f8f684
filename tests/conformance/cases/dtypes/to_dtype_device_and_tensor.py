import torch

x = torch.tensor([1, 2, 3])
print(x.to(torch.float64))
print(x.to('cpu'))
print(x.to('cpu', torch.float32))
print(x.to(device='cpu', dtype=torch.int32))
print(x.to(torch.tensor([1.5])))
print(x.to(torch.int64) is x, x.to(torch.float32) is x)
