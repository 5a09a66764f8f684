import torch

print(torch.tensor([1.0]).type(), torch.tensor([1]).type(), torch.tensor([True]).type())
print(torch.tensor([1.0], dtype=torch.float64).type(), torch.tensor([1], dtype=torch.int32).type())
x = torch.tensor([1.5, 2.5])
print(x.type(torch.int64), x.type('torch.DoubleTensor'), x.type(torch.IntTensor))
