import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 2
y += 1
y *= 3
print(y, type(y.grad_fn).__name__)
y.sum().backward()
print(x.grad)
