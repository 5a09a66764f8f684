# F.adaptive_max_pool1d/2d (nn.AdaptiveMaxPool1d/2d) and F.adaptive_avg_pool1d: PyTorch's
# windows [⌊i·in/out⌋, ⌈(i+1)·in/out⌉), the first largest value and its index, gradients onto it.
import torch
import torch.nn.functional as F
from torch import nn

x = torch.arange(1., 36.).view(1, 5, 7).sin().requires_grad_()
x4 = x.view(1, 1, 5, 7)
for size in [(2, 3), 3, (5, 7), (4, None), (None, 2), (6, 9)]:
    y, i = F.adaptive_max_pool2d(x4, size, return_indices=True)
    print(size, type(y.grad_fn).__name__)
    print(y, i, sep="\n")
    x.grad = None
    (y * torch.arange(1., y.numel() + 1).view(y.shape)).sum().backward()
    print(x.grad)
y, i = F.adaptive_max_pool1d(x, 3, return_indices=True)
print(y, i, sep="\n")
print(F.adaptive_max_pool2d(torch.tensor([[[1., float("nan"), 3.], [4., 5., 6.]]]), 1))
print(F.adaptive_max_pool2d(torch.tensor([[[2., 2., 1.]]]), 1, return_indices=True))
z = F.adaptive_avg_pool1d(x, 3)
print(z)
print(F.adaptive_avg_pool1d(x, 1))
for m in [nn.AdaptiveMaxPool2d((2, None), return_indices=True), nn.AdaptiveMaxPool1d(3), nn.AdaptiveAvgPool1d(2)]:
    print(m, m(x))
calls = [
    lambda: F.adaptive_max_pool2d(torch.randn(2, 3), 2),
    lambda: F.adaptive_max_pool2d(torch.randn(2, 0, 3), 2),
    lambda: F.adaptive_max_pool2d(torch.randn(2, 3, 3).long(), 2),
    lambda: F.adaptive_max_pool2d(torch.randn(2, 3, 3), (2, 2, 2)),
    lambda: F.adaptive_max_pool1d(torch.randn(2, 3, 3, 3), 2),
    lambda: F.adaptive_max_pool1d(torch.randn(2, 3), (2, 2)),
    lambda: F.adaptive_avg_pool1d(torch.randn(3), 2),
]
for call in calls:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
