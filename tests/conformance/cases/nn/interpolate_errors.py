# F.interpolate's argument checks and the kernels' size and dtype checks.
import torch
import torch.nn.functional as F

x = torch.randn(1, 2, 3, 4)
calls = [
    lambda: F.interpolate(x, size=2, scale_factor=2),
    lambda: F.interpolate(x),
    lambda: F.interpolate(x, size=(1, 2, 3)),
    lambda: F.interpolate(x, scale_factor=(1.0, 2.0, 3.0)),
    lambda: F.interpolate(x, size=4, recompute_scale_factor=True),
    lambda: F.interpolate(x, size=4, align_corners=True),
    lambda: F.interpolate(x, size=4, mode="linear"),
    lambda: F.interpolate(x, size=4, mode="trilinear"),
    lambda: F.interpolate(x[0], size=4, mode="bilinear"),
    lambda: F.interpolate(x[0, 0], size=4),
    lambda: F.interpolate(x, size=4, mode="nearest", antialias=True),
    lambda: F.interpolate(x, size=0),
    lambda: F.interpolate(x[0], scale_factor=0.1, mode="linear"),
    lambda: F.interpolate(x.unsqueeze(0), size=(0, 1, 1)),
    lambda: F.interpolate(x.long(), scale_factor=2),
    lambda: F.interpolate(x.long(), scale_factor=2, mode="bilinear"),
    lambda: F.interpolate(x.long().unsqueeze(0), scale_factor=2),
    lambda: F.interpolate(torch.randn(0, 0, 2, 2), scale_factor=2),
    lambda: F.interpolate(torch.randn(0, 2, 2, 2), scale_factor=2),
    lambda: F.interpolate(x, scale_factor=2, mode="bogus"),
]
for call in calls:
    try:
        print(call().shape)
    except Exception as e:
        print(type(e).__name__, e)
