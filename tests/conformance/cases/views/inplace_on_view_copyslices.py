import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = w * 2
v = y[0:2]
v.mul_(3)
print(v)
print(y)
print(y.grad_fn.name(), [(type(f).__name__, n) for f, n in y.grad_fn.next_functions])
print(type(v.grad_fn).__name__, type(v.grad_fn.next_functions[0][0]).__name__)
y.sum().backward()
print(w.grad)
