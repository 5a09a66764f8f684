# F.interpolate's linear, bilinear and trilinear modes, with and without align_corners, from a
# size or a scale factor: values and gradients bitwise (weights rounded as PyTorch's kernel). One
# channel runs PyTorch's channels-last kernel, several channels its channels-first one.
import torch
import torch.nn.functional as F


def bits(t):
    return " ".join(float.hex(v) for v in t.double().flatten().tolist())


for dtype in [torch.float32, torch.float64]:
    x1 = (torch.arange(1., 8.).view(1, 1, 7).to(dtype) ** 2 / 7).requires_grad_()
    x2 = (torch.arange(1., 41.).view(2, 1, 4, 5).to(dtype) / 3 - 5).requires_grad_()
    x3 = (torch.arange(1., 25.).view(1, 1, 2, 3, 4).to(dtype) / 11).requires_grad_()
    x2c = (torch.arange(1., 61.).view(1, 3, 4, 5).to(dtype) ** 2 / 13 - 5).requires_grad_()
    x3c = (torch.arange(1., 49.).view(1, 2, 2, 3, 4).to(dtype) ** 2 / 17).requires_grad_()
    for align in [False, True]:
        for x, mode, kw in [(x1, "linear", dict(size=3)), (x1, "linear", dict(size=12)),
                            (x1, "linear", dict(scale_factor=1.7)), (x1, "linear", dict(scale_factor=0.4)),
                            (x2, "bilinear", dict(size=(7, 3))), (x2, "bilinear", dict(scale_factor=(1.5, 0.7))),
                            (x2, "bilinear", dict(scale_factor=2, recompute_scale_factor=True)),
                            (x2, "bilinear", dict(size=(4, 9))), (x2, "bilinear", dict(size=1)),
                            (x3, "trilinear", dict(size=(3, 4, 7))), (x3, "trilinear", dict(scale_factor=1.5)),
                            (x2c, "bilinear", dict(size=(7, 3))), (x2c, "bilinear", dict(scale_factor=(1.5, 0.7))),
                            (x3c, "trilinear", dict(size=(3, 4, 7)))]:
            y = F.interpolate(x, mode=mode, align_corners=align, **kw)
            print(mode, dtype, align, kw, tuple(y.shape), type(y.grad_fn).__name__)
            print(bits(y))
            x.grad = None
            (y * torch.arange(1., y.numel() + 1).view(y.shape).sqrt()).sum().backward()
            print(bits(x.grad))
x = torch.arange(1., 5.).view(1, 1, 2, 2)
print(F.interpolate(x, scale_factor=2, mode="bilinear"))
print(F.interpolate(x, scale_factor=2, mode="bilinear", align_corners=True))
print(F.interpolate(x, size=3, mode="area"))
