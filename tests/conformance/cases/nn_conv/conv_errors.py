# conv errors with PyTorch's texts.
import torch
import torch.nn as nn
import torch.nn.functional as F


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


w = torch.randn(6, 1, 5, 5)
show(lambda: F.conv2d(torch.randn(1, 3, 8, 8), w))
show(lambda: F.conv2d(torch.randn(2, 3), w))
show(lambda: F.conv2d(torch.randn(1, 1, 3, 3), w))
show(lambda: F.conv2d(torch.randn(1, 1, 8, 8).double(), w))
show(lambda: F.conv2d(torch.randn(1, 1, 8, 8), w, torch.randn(5)))
show(lambda: F.conv2d(torch.randn(1, 4, 8, 8), torch.randn(6, 2, 3, 3), groups=3))
show(lambda: F.conv2d(torch.randn(1, 6, 8, 8), torch.randn(6, 2, 3, 3), groups=4))
show(lambda: F.conv2d(torch.randn(1, 1, 8, 8), w, stride=0))
show(lambda: F.conv2d(torch.randn(1, 1, 8, 8), w, padding=-1))
show(lambda: F.conv2d(torch.randn(1, 1, 8, 8), w, stride=2, padding="same"))
show(lambda: F.conv2d(torch.randn(1, 1, 8, 8), w, padding="foo"))
show(lambda: F.conv1d(torch.randn(1, 1, 8, 8), w))
show(lambda: F.conv2d(torch.randn(1, 1, 8, 8), torch.randn(6, 1, 5)))
show(lambda: F.conv2d(torch.randn(1, 1, 8, 8), w, stride=(1, 1, 1)))
show(lambda: F.conv_transpose2d(torch.randn(1, 4, 8, 8), torch.randn(3, 2, 3, 3)))
show(lambda: nn.Conv2d(3, 6, 3, groups=2))
show(lambda: nn.Conv2d(4, 6, 3, groups=4))
show(lambda: nn.Conv2d(4, 6, 3, groups=0))
show(lambda: nn.Conv2d(4, 6, 3, stride=2, padding="same"))
