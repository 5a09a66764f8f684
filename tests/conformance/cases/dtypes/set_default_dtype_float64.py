import torch

torch.set_default_dtype(torch.float64)
x = torch.tensor([1.0, 2.5])
print(x, x.dtype)
print(torch.tensor([1, 2]) / 2)
print(torch.zeros(2), torch.arange(0.0, 1.0, 0.5))
print(torch.tensor([1.0], dtype=torch.float32))
print(torch.get_default_dtype())
