import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 2
y.register_hook(lambda g: print("hook saw", g))
y.register_hook(lambda g: g + 1)
y.register_hook(lambda g: print("then", g))
(y * y).sum().backward()
print(x.grad)
try:
    torch.tensor([1.0]).register_hook(lambda g: g)
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
