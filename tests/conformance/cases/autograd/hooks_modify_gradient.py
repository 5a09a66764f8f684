import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
h = a.register_hook(lambda g: g * 10)
print(type(h).__name__)
(a * 3).sum().backward()
print(a.grad)
h.remove()
a.grad = None
(a * 3).sum().backward()
print(a.grad)
