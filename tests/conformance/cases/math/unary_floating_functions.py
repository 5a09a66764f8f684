import torch

x = torch.tensor([0.5, 1.0, 2.0])
print(torch.exp(x), torch.log(x), torch.sqrt(x))
print(torch.sin(x), torch.cos(x), torch.tan(x))
print(torch.tanh(x), torch.sigmoid(x), torch.rsqrt(x))
print(torch.log2(x), torch.log10(x), torch.log1p(x), torch.expm1(x), torch.exp2(x))
