# torch.std_mean and torch.var_mean: a plain tuple (std or var, mean), both from one Welford
# pass, with dim, unbiased, correction and keepdim, and one node for both outputs.
import torch

torch.manual_seed(0)
r = torch.rand(2, 2)
print(torch.std_mean(r))
print(type(torch.std_mean(r)).__name__)
x = torch.tensor([[1.146, 1.082, -0.784], [-2.085, 2.637, 1.495]])
s, m = torch.std_mean(x, 1)
print(s, m)
print(m.tolist(), x.mean(1).tolist())  # Welford's mean is not torch.mean's, bit for bit
print(torch.var_mean(x, 1, keepdim=True))
print(torch.var_mean(x, (0, 1), unbiased=False))
print(torch.std_mean(x, False))
print(torch.std_mean(x, dim=None))
print(torch.var_mean(x, [0], correction=2))
print(torch.var_mean(x, None, correction=0))
print(torch.std_mean(x, 0, True, True))
print(torch.std_mean(input=x, dim=0))
print(torch.std_mean(torch.empty(0)))
print(torch.std_mean(torch.empty(0, 3), 1))
print(torch.var_mean(x.double().t(), 0))
print(torch.std_mean(x.half(), 0))
print(torch.std_mean(x.bfloat16(), 1))
try:
    torch.std_mean(torch.arange(3))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.var_mean([1.0, 2.0])
except TypeError as e:
    print("TypeError:", e)

w = torch.tensor([[0.5, -1.5, 2.0], [1.0, 0.25, -3.0]], dtype=torch.float64, requires_grad=True)
v, m = torch.var_mean(w, 1)
print(v.grad_fn.name(), m.grad_fn.name(), v.grad_fn is m.grad_fn)
(v * v + m).sum().backward()
print(w.grad)
w.grad = None
s, m = torch.std_mean(w)
print(s.grad_fn.name())
m.backward()
print(w.grad)
w.grad = None
s, m = torch.std_mean(w, 0, keepdim=True)
(s * m).sum().backward()
print(w.grad)
(g,) = torch.autograd.grad((torch.std_mean(w, 1)[0] ** 2).sum(), w, create_graph=True)
(h,) = torch.autograd.grad(g.pow(2).sum(), w)
print(g.grad_fn.name(), h)
