# LazyConv1d/2d and LazyConvTranspose1d/2d learn in_channels at their first forward (batched or
# not), then are the eager layer initialised from the random stream at that moment.
import warnings

import torch
from torch import nn

warnings.simplefilter("ignore")
torch.manual_seed(0)
layers = [nn.LazyConv1d(4, 3), nn.LazyConv2d(6, 5, padding=2), nn.LazyConvTranspose1d(2, 3, stride=2),
          nn.LazyConvTranspose2d(3, 2, bias=False, groups=1)]
inputs = [torch.randn(2, 3, 8), torch.randn(1, 2, 6, 6), torch.randn(5, 4), torch.randn(1, 4, 3, 3)]
for layer, x in zip(layers, inputs):
    print(layer, layer.has_uninitialized_params())
    y = layer(x)
    print(type(layer).__name__, layer, y.shape, type(y.grad_fn).__name__)
    print(layer.weight, layer.bias)

net = nn.Sequential(nn.LazyConv2d(6, kernel_size=5, padding=2), nn.Sigmoid(), nn.AvgPool2d(kernel_size=2, stride=2),
                    nn.LazyConv2d(16, kernel_size=5), nn.Sigmoid(), nn.Flatten(), nn.LazyLinear(10))
out = net(torch.randn(2, 1, 28, 28))
print(net, out)
out.sum().backward()
print(net[0].weight.grad.sum(), net[3].bias.grad)
try:
    nn.LazyConv2d(4, 3)(torch.randn(3, 3))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    nn.LazyConv1d(4, 3, groups=2)(torch.randn(1, 3, 5))
except ValueError as e:
    print("ValueError:", e)
