# Pooling errors with PyTorch's texts.
import torch
import torch.nn.functional as F


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


x = torch.randn(1, 1, 4, 4)
show(lambda: F.max_pool2d(x, 5))
show(lambda: F.max_pool2d(x, 2, padding=2))
show(lambda: F.max_pool2d(torch.randn(4, 4), 2))
show(lambda: F.avg_pool2d(x, 5))
show(lambda: F.avg_pool2d(x, 2, padding=2))
show(lambda: F.avg_pool2d(torch.randn(4, 4), 2))
show(lambda: F.max_pool2d(x.long(), 2))
show(lambda: F.max_pool1d(torch.randn(4), 2))
show(lambda: F.avg_pool1d(torch.randn(4), 2))
show(lambda: F.avg_pool1d(torch.randn(1, 1, 4), 5))
show(lambda: F.max_pool2d(x, 2, stride=0))
show(lambda: F.max_pool2d(x, 0))
show(lambda: F.avg_pool2d(x, 2, stride=0))
show(lambda: F.max_pool2d(x, 2, dilation=0))
show(lambda: F.avg_pool2d(x, 2, divisor_override=0))
