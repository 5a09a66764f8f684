import torch

x = torch.tensor([[1.0, 2.5], [-3.0, 0.1]], dtype=torch.half)
print(x[0], x[1, 1], x[x > 0], x[:, 0])
print(torch.cat([x, x]), torch.stack([x[0], x[1]]).dtype)
print(torch.where(x > 0, x, torch.zeros_like(x)))
b = x.bfloat16()
print(b.t(), b.reshape(4), b.max(dim=1), b.amax(0))
y = x.clone()
y[0, 0] = 7.25
y.masked_fill_(y < 0, 9.0)
print(y, y.float())
