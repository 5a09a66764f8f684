import torch

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
y = x.t()
y[0, 1] = 40.0
print(x)
print(x.is_contiguous(), y.is_contiguous())
print(x.stride(), y.stride(), y.stride(0), y.stride(-1))
