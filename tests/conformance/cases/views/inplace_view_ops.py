import torch

u = torch.ones(3)
print(u.unsqueeze_(0).shape, u.unsqueeze_(-1).shape, u.squeeze_().shape, u.unsqueeze_(1).squeeze_(0).shape)
m = torch.arange(6.0).reshape(2, 3)
r = m.t_()
print(r is m, m, m.shape, m.stride(), m.is_contiguous(), m._version)
print(m.transpose_(0, 1).shape, m.swapdims_(0, 1).shape, m.swapaxes_(1, 0).shape)
b = torch.ones(3, requires_grad=True) * 2
print(b.unsqueeze_(0).grad_fn.name(), b.squeeze_().grad_fn.name(), b.unsqueeze_(1).grad_fn.name(), b.t_().grad_fn.name())
print(b.transpose_(0, 1).grad_fn.name(), b.squeeze_(0).grad_fn.name(), b.shape)
x = torch.ones(2, 3, requires_grad=True)
y = x * 3
y.t_().unsqueeze_(0)
(y * torch.arange(6.0).reshape(1, 3, 2)).sum().backward()
print(x.grad)
c = torch.ones(2, 3, requires_grad=True) * 1
v = c[0]
v.unsqueeze_(0)
print(v.grad_fn.name(), v.shape)
leaf = torch.ones(3, requires_grad=True)
for bad in (lambda: leaf.unsqueeze_(0), lambda: leaf.view(3).t_(), lambda: torch.ones(2, 3, 4).t_()):
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
for bad in (lambda: torch.ones(3).squeeze_(2), lambda: torch.ones(3).unsqueeze_(3)):
    try:
        bad()
    except IndexError as e:
        print("IndexError:", e)
