import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = a.exp()
b.add_(1)
try:
    b.sum().backward()
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)

b = a * 1
c = b * b
b.add_(1)
try:
    c.sum().backward()
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)

b = a * 1
c = b * b
b[0] = 3
try:
    c.sum().backward()
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)

w = torch.tensor([1.0, 2.0], requires_grad=True)
c = w * w
with torch.no_grad():
    w.add_(1)
try:
    c.sum().backward()
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
