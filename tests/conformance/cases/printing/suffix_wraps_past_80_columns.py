import torch

x = torch.tensor([0.5, 1.5, -2.0], requires_grad=True)
print(x.to(torch.float64))
print(torch.zeros(13, requires_grad=True))
print(torch.zeros(8, dtype=torch.int32) + 123456)
