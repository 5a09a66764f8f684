# autograd.grad with create_graph=True returns gradients that have histories of their own,
# so they can be differentiated again: d²/dx² x³ = 6x.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = (x ** 3).sum()
(g,) = torch.autograd.grad(y, x, create_graph=True)
print(g)
print(g.grad_fn.name())
(h,) = torch.autograd.grad(g.sum(), x)
print(h)

# Third order through the same graph.
x = torch.tensor(0.5, requires_grad=True)
y = torch.sin(x) * x
(d1,) = torch.autograd.grad(y, x, create_graph=True)
(d2,) = torch.autograd.grad(d1, x, create_graph=True)
(d3,) = torch.autograd.grad(d2, x)
print(d1, d2, d3)

# Without create_graph the gradient is a plain tensor.
(plain,) = torch.autograd.grad((x ** 2), x)
print(plain, plain.requires_grad)

# A gradient that does not depend on x: its grad cannot be taken.
a = torch.tensor([1.0, 2.0], requires_grad=True)
(ga,) = torch.autograd.grad((3 * a).sum(), a, create_graph=True)
print(ga, ga.requires_grad)
try:
    torch.autograd.grad(ga.sum(), a)
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.autograd.grad((a * a).sum(), a, create_graph=True)[0])
