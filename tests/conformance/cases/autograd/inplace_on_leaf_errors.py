import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
try:
    w.add_(1)
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    w += 1
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    w.zero_()
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)

with torch.no_grad():
    w -= 0.5
print(w)
