import torch

x = torch.tensor([1, 2])
print(x.repeat(2, 2))
print(x.repeat(3))
print(x.repeat((2, 1, 2)).shape)
m = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
print(m.repeat(1, 2))
print(m.t().repeat(2, 1))
print(torch.tensor(5).repeat(3))
print(m.repeat(0, 1))
try:
    m.repeat(2)
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
