# Float32 convolutions of a batch of images, which PyTorch hands to oneDNN: every multiply-add
# fused, channels summed in blocks of 16 (17 channels make two blocks, forward and backward), the
# 1×1 and depthwise kernels' own chains; values and gradients bit for bit.
import torch
import torch.nn.functional as F

torch.manual_seed(5)


def show(y, *inputs):
    print(y.shape, [v.hex() for v in y.flatten().tolist()])
    y.backward(torch.randn(y.shape))
    for t in inputs:
        print([v.hex() for v in t.grad.flatten().tolist()])


x = torch.randn(2, 17, 3, 3, requires_grad=True)
w = torch.randn(3, 17, 2, 2, requires_grad=True)
b = torch.randn(3, requires_grad=True)
show(F.conv2d(x, w, b, padding=1), x, w, b)

x = torch.randn(2, 3, 3, 3, requires_grad=True)
w = torch.randn(17, 3, 2, 2, requires_grad=True)
show(F.conv2d(x, w), x, w)

x = torch.randn(3, 4, 10, requires_grad=True)
w = torch.randn(5, 4, 3, requires_grad=True)
show(F.conv1d(x, w, stride=2, padding=1), x, w)

x = torch.randn(2, 4, 6, 6, requires_grad=True)
w = torch.randn(4, 1, 3, 3, requires_grad=True)
b = torch.randn(4, requires_grad=True)
show(F.conv2d(x, w, b, stride=2, padding=1, groups=4), x, w, b)

pointwise = torch.nn.Conv2d(9, 18, 1, stride=2)
x = torch.randn(2, 9, 2, 2, requires_grad=True)
show(pointwise(x), x, pointwise.weight, pointwise.bias)
