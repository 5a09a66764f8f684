import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
def bad(g):
    raise ValueError("hook failed")
h = x.register_hook(bad)
try:
    (x * 2).sum().backward()
except ValueError as e:
    print("ValueError:", e)
h.remove()
(x * 2).sum().backward()
print(x.grad)
