# The padding modules: one int pads every side; reprs as PyTorch prints them.
import torch
from torch import nn

x = torch.arange(1., 13.).view(1, 2, 2, 3)
for m in [nn.ZeroPad2d(1), nn.ZeroPad2d((1, 0, 2, 0)), nn.ConstantPad1d(2, 3.5), nn.ConstantPad2d((1, 1, 0, 1), -1),
          nn.ConstantPad3d(1, 0.), nn.ReflectionPad1d(1), nn.ReflectionPad2d((1, 2, 1, 0)), nn.ReplicationPad1d((0, 2)),
          nn.ReplicationPad2d(2), nn.ReflectionPad3d(1), nn.ReplicationPad3d((1, 0, 0, 1, 1, 0))]:
    print(m)
    name = type(m).__name__
    y = m(x[0] if name.endswith("1d") else x.unsqueeze(0) if name.endswith("3d") else x)
    print(y.shape)
print(nn.ReflectionPad2d(1)(x))
print(nn.ConstantPad1d((1, 2), 9)(x[0]))
print(nn.Sequential(nn.ReplicationPad2d(1), nn.Conv2d(2, 1, 3)))
