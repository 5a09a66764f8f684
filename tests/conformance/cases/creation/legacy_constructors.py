import torch

print(torch.Tensor([1, 2]), torch.Tensor([[1], [2]]).shape)
print(torch.Tensor(2, 3).shape, torch.Tensor())
print(torch.FloatTensor([1, 2]), torch.LongTensor([1.7, 2]))
print(torch.DoubleTensor([0.5]), torch.IntTensor([1, 0]), torch.BoolTensor([1, 0]))
print(torch.LongTensor(3).shape)
