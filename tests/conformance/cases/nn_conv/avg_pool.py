# avg_pool1d/2d (ceil_mode, count_include_pad, divisor_override) and adaptive_avg_pool2d:
# values and gradients bit for bit.
import torch
import torch.nn.functional as F

torch.manual_seed(6)
x = torch.randn(2, 3, 7, 6, requires_grad=True)
for kwargs in [dict(), dict(padding=1), dict(padding=1, count_include_pad=False), dict(ceil_mode=True),
               dict(divisor_override=5)]:
    y = F.avg_pool2d(x, 3, 2, **kwargs)
    print(kwargs, y.grad_fn.name())
    print([v.hex() for v in y.flatten().tolist()])
    x.grad = None
    y.backward(torch.randn(y.shape))
    print([v.hex() for v in x.grad.flatten().tolist()])
s = torch.randn(2, 3, 9, requires_grad=True)
a = F.avg_pool1d(s, 3, stride=2, padding=1)
print(a, a.grad_fn.name())
a.sum().backward()
print(s.grad)
for size in [(3, 2), 4, (None, 5), 1]:
    p = F.adaptive_avg_pool2d(x, size)
    print(size, p.shape, p.grad_fn.name())
    print([v.hex() for v in p.flatten().tolist()])
    x.grad = None
    p.backward(torch.ones(p.shape) * 0.3)
    print([v.hex() for v in x.grad.flatten().tolist()])
print(torch.avg_pool1d(s, 2).shape)
