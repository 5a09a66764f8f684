import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = (x ** 2).sum()
g = torch.autograd.grad(y, x)
print(g, x.grad)
a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(5.0, requires_grad=True)
ga, gb = torch.autograd.grad(a * b + a ** 2, [a, b])
print(ga, gb)
print(torch.autograd.grad(x * 2, x, torch.ones(3)))
print(torch.autograd.grad(x * 2, x, grad_outputs=[torch.tensor([1.0, 0.0, 2.0])]))
print(torch.autograd.grad((x * x).sum(), x, torch.tensor(2.0)))
