# F.pixel_shuffle / F.pixel_unshuffle (nn.PixelShuffle / nn.PixelUnshuffle): channels to space and
# back, leading batch dims, every dtype, gradients, reprs and errors.
import torch
import torch.nn.functional as F
from torch import nn

x = torch.arange(16.).view(1, 4, 2, 2).requires_grad_()
y = F.pixel_shuffle(x, 2)
print(y)
(y * torch.arange(16.).view(y.shape)).sum().backward()
print(x.grad)
z = F.pixel_unshuffle(y, 2)
print(z, torch.equal(z, x))
print(F.pixel_shuffle(torch.arange(72).view(2, 1, 18, 1, 2), 3).shape, F.pixel_shuffle(torch.arange(8).view(8, 1, 1), 2))
print(nn.PixelShuffle(3), nn.PixelUnshuffle(2), nn.PixelUnshuffle(2)(torch.ones(3, 4, 6)).shape)
calls = [
    lambda: F.pixel_shuffle(torch.randn(4, 2), 2),
    lambda: F.pixel_shuffle(torch.randn(5, 2, 2), 2),
    lambda: F.pixel_shuffle(torch.randn(4, 2, 2), 0),
    lambda: F.pixel_unshuffle(torch.randn(1, 3, 4), 2),
    lambda: F.pixel_unshuffle(torch.randn(1, 4, 3), 2),
    lambda: F.pixel_unshuffle(torch.randn(1, 4, 4), -1),
]
for call in calls:
    try:
        print(call().shape)
    except Exception as e:
        print(type(e).__name__, e)
