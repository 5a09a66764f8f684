import torch

x = torch.tensor([1.0], requires_grad=True)
calls = []
h1 = x.register_hook(lambda g: calls.append(("first", g.item())))
h2 = x.register_hook(lambda g: g * 2)
h3 = x.register_hook(lambda g: calls.append(("last", g.item())))
(x * 5).backward()
print(calls, x.grad)
h2.remove()
h2.remove()
calls.clear()
(x * 5).backward()
print(calls, x.grad)
