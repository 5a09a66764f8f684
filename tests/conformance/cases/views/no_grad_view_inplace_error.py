import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
y = w * 1
with torch.no_grad():
    v = y[0]
print(v.requires_grad, v.is_leaf, v.grad_fn)
try:
    v.mul_(2)
except RuntimeError as e:
    print("RuntimeError:", e)
