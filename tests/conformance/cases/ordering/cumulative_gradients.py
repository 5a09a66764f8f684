import torch

for values in ([2.0, 5.0, 3.0, 1.5, 4.0], [2.0, 0.0, 3.0, 0.0, 4.0], [0.0, 2.0, 3.0, 1.0, 2.0]):
    x = torch.tensor(values, requires_grad=True)
    out = torch.cumprod(x, 0)
    out.backward(torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0]))
    print(out.grad_fn.name(), x.grad)
y = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
l = torch.logcumsumexp(y, 0)
l.backward(torch.tensor([1.0, -2.0, 0.5]))
print(l.grad_fn.name(), y.grad)
z = torch.tensor([1.0, 3.0, 2.0, 3.0], requires_grad=True)
c = z.cummax(0)
c.values.sum().backward()
print(c.values.grad_fn.name(), z.grad)
