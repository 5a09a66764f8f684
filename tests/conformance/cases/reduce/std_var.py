import torch

x = torch.tensor([[1.0, 2.0, 4.0], [3.0, 3.0, 9.0]])
print(x.std(), x.var(), x.std(0), x.var(1, keepdim=True))
print(x.std(unbiased=False), x.var(dim=1, unbiased=False), x.std(dim=1, correction=0))
print(torch.std(x), torch.var(x, 0))
