# F.unfold/F.fold (nn.Unfold/nn.Fold): sliding blocks with kernel, dilation, padding and stride;
# fold adds overlapping blocks; gradients, grad_fns, reprs and errors.
import torch
import torch.nn.functional as F
from torch import nn


def bits(t):
    return " ".join(float.hex(v) for v in t.double().flatten().tolist())


x = torch.arange(1., 41.).view(1, 2, 4, 5).sin().requires_grad_()
for kw in [dict(kernel_size=2), dict(kernel_size=(2, 3), stride=(1, 2)), dict(kernel_size=2, dilation=2, padding=1),
           dict(kernel_size=3, padding=(1, 0), stride=2)]:
    cols = F.unfold(x, **kw)
    print(kw, tuple(cols.shape), type(cols.grad_fn).__name__)
    print(bits(cols))
    back = F.fold(cols, (4, 5), **kw)
    print(tuple(back.shape), type(back.grad_fn).__name__)
    print(bits(back))
    x.grad = None
    (back * torch.arange(1., 41.).view(back.shape).sqrt()).sum().backward()
    print(bits(x.grad))
print(F.unfold(torch.arange(1., 10.).view(1, 3, 3), 2))
print(F.fold(torch.ones(1, 4, 4), (3, 3), 2))
print(F.fold(torch.ones(4, 4).double(), 3, 2))
u, f = nn.Unfold(kernel_size=(2, 3), padding=1), nn.Fold(output_size=(4, 5), kernel_size=2, stride=1)
print(u, f, sep="\n")
print(u(x).shape, f(F.unfold(x, 2)).shape)
calls = [
    lambda: F.unfold(x, 0),
    lambda: F.unfold(x, 2, stride=0),
    lambda: F.unfold(x, 2, dilation=0),
    lambda: F.unfold(x, 2, padding=-1),
    lambda: F.unfold(x, 6),
    lambda: F.unfold(x[0, 0], 2),
    lambda: F.unfold(x.long(), 2),
    lambda: F.fold(torch.ones(1, 5, 12), (4, 5), 2),
    lambda: F.fold(torch.ones(1, 4, 11), (4, 5), 2),
    lambda: F.fold(torch.ones(1, 4, 12), (4, 5), 2, stride=0),
    lambda: F.fold(torch.ones(1, 4, 4, 1), (3, 3), 2),
    lambda: F.fold(torch.ones(1, 4, 4).long(), (3, 3), 2),
]
for call in calls:
    try:
        print(call().shape)
    except Exception as e:
        print(type(e).__name__, e)
