import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
def grow(g):
    return torch.tensor([1.0, 2.0, 3.0])
grow_handle = x.register_hook(grow)
try:
    (x * 2).sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
