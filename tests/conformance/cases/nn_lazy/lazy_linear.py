# LazyLinear learns in_features at its first forward, then is a Linear initialised from the
# random stream at that moment.
import torch
from torch import nn

torch.manual_seed(0)
layer = nn.LazyLinear(3)
print(layer)
print(list(layer.parameters()))
print(layer.weight, type(layer.weight).__name__, layer.has_uninitialized_params())
try:
    layer.weight.shape
except RuntimeError as e:
    print("RuntimeError:", e)
torch.rand(2)  # draws between construction and the first forward shift the initial values
y = layer(torch.ones(2, 4))
print(type(layer).__name__, layer)
print(layer.weight, layer.bias, type(layer.weight).__name__)
print(y)
y.sum().backward()
print(layer.weight.grad)

no_bias = nn.LazyLinear(2, bias=False, dtype=torch.float64)
print(no_bias, no_bias.bias)
print(no_bias(torch.ones(1, 2, dtype=torch.float64)).dtype, no_bias.weight.shape)

net = nn.Sequential(nn.LazyLinear(4), nn.ReLU(), nn.LazyLinear(1))
print(net)
net(torch.rand(5, 2))
print(net)
print([(name, p.shape) for name, p in net.named_parameters()])
print(nn.UninitializedParameter(), nn.UninitializedBuffer())
