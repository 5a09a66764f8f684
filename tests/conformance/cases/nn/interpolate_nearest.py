# F.interpolate's nearest and nearest-exact modes over 1, 2 and 3 dims, from a size or a scale
# factor (which the kernel then uses itself): source indices, values and gradients, bitwise.
import torch
import torch.nn.functional as F


def bits(t):
    return " ".join(float.hex(v) for v in t.double().flatten().tolist())


for dtype in [torch.float32, torch.float64]:
    x1 = torch.arange(1., 8.).view(1, 1, 7).to(dtype).requires_grad_()
    x2 = (torch.arange(1., 21.).view(1, 1, 4, 5).to(dtype) / 7).requires_grad_()
    x3 = torch.arange(1., 25.).view(1, 1, 2, 3, 4).to(dtype).requires_grad_()
    for mode in ["nearest", "nearest-exact"]:
        for x, kw in [(x1, dict(size=3)), (x1, dict(size=11)), (x1, dict(scale_factor=2)), (x1, dict(scale_factor=1.7)),
                      (x1, dict(scale_factor=0.45)), (x1, dict(scale_factor=3.3)), (x2, dict(size=(7, 3))),
                      (x2, dict(scale_factor=(1.5, 0.7))), (x2, dict(scale_factor=2.5, recompute_scale_factor=True)),
                      (x2, dict(size=(4, 5))), (x3, dict(size=(3, 4, 7))), (x3, dict(scale_factor=1.5))]:
            y = F.interpolate(x, mode=mode, **kw)
            print(mode, dtype, kw, tuple(y.shape), type(y.grad_fn).__name__)
            print(y.detach().flatten().tolist())
            x.grad = None
            (y * torch.arange(1., y.numel() + 1).view(y.shape).sqrt()).sum().backward()
            print(bits(x.grad))
