import torch

x = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
w = torch.tensor([1.0, 2.0])
y = x @ w
with torch.no_grad():
    x.add_(1)
y.sum().backward()
print(x.grad)
y = x @ w
w.add_(1)
try:
    y.sum().backward()
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
