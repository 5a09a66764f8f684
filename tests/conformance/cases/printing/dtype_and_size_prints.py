import torch

x = torch.zeros(2, 3, dtype=torch.int32)
print(x.dtype, x.shape, x.size(), x.size(1), torch.tensor(1.0).shape)
print(repr(x.dtype), str(torch.Size([4])))
