import torch

x = torch.zeros(2, 3)
print(x.numel(), torch.numel(x), x.dim(), x.ndim, x.size(), x.size(0), x.size(-1), len(x))
print(torch.tensor(5).numel(), torch.tensor(5).dim(), torch.tensor(5).shape)
