import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 2
r = y.detach_()
print(r is y, y, y.requires_grad, y.is_leaf, y.grad_fn)
try:
    x[0:1].detach_()
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
