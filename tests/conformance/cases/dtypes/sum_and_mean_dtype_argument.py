import torch

x = torch.tensor([1, 2, 3])
print(x.sum(dtype=torch.float32), x.mean(dtype=torch.float64))
y = torch.tensor([1.5, 2.5], requires_grad=True)
s = y.sum(dtype=torch.float64)
print(s)
s.backward()
print(y.grad)
