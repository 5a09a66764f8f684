import torch

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
y = x.masked_select(torch.tensor([True, False, True]))
print(y)
y.sum().backward()
print(x.grad)
try:
    x.masked_select(torch.tensor([True, False]))
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    x.masked_select(torch.tensor([1, 0, 1]))
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
