import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
w = torch.tensor([3.0, 4.0])
y = (x * w).sum()
print(y.grad_fn.name(), type(y.grad_fn).__name__)
mul = y.grad_fn.next_functions[0][0]
print(mul.name(), len(mul.next_functions))
acc, nr = mul.next_functions[0]
print(type(acc).__name__, acc.name(), nr, acc.variable is x)
print(mul.next_functions[1])
print(x.grad_fn)
