import torch

x = torch.zeros(3, 4)
print(x.is_contiguous(), x.t().is_contiguous(), x[:, :2].is_contiguous(), x[:2].is_contiguous())
print(torch.zeros(3, 1).t().is_contiguous(), torch.zeros(0, 3).t().is_contiguous())
print(x[:, 1].is_contiguous(), x[1].is_contiguous(), x.expand(2, 3, 4).is_contiguous())
