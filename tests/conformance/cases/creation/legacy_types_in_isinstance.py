import torch

print(isinstance(torch.tensor([1.0]), torch.FloatTensor))
print(isinstance(torch.tensor([1]), torch.FloatTensor), isinstance(torch.tensor([1]), torch.LongTensor))
print(isinstance(torch.tensor([1.0]), torch.Tensor), type(torch.tensor([1.0])))
