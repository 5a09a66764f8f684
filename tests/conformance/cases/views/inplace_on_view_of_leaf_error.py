import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
try:
    w[0:2].add_(1)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    w.t().mul_(2)
except RuntimeError as e:
    print("RuntimeError:", e)
with torch.no_grad():
    w[0:2].add_(1)
print(w)
