# Source: https://github.com/d2l-ai/d2l-en, chapter_builders-guide/custom-layer.md
#         (Dive into Deep Learning, "Custom Layers"), the PyTorch tab. Licence: the book's
#         sample code is MIT-0 (LICENSE-SAMPLECODE).
# Changed: the notebook cells are joined into one program; each cell's last expression, which
# the notebook displays, is printed (print(repr(...))). torch.manual_seed(0) added. The d2l
# package is not imported: its aliases d2l.tensor and d2l.rand are written as what they are
# for PyTorch, torch.tensor and torch.rand.
import torch
from torch import nn
from torch.nn import functional as F
torch.manual_seed(0)

class CenteredLayer(nn.Module):
    def __init__(self):
        super().__init__()

    def forward(self, X):
        return X - X.mean()


layer = CenteredLayer()
print(repr(layer(torch.tensor([1.0, 2, 3, 4, 5]))))

net = nn.Sequential(nn.LazyLinear(128), CenteredLayer())

Y = net(torch.rand(4, 8))
print(repr(Y.mean()))


class MyLinear(nn.Module):
    def __init__(self, in_units, units):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(in_units, units))
        self.bias = nn.Parameter(torch.randn(units,))
        
    def forward(self, X):
        linear = torch.matmul(X, self.weight.data) + self.bias.data
        return F.relu(linear)


linear = MyLinear(5, 3)
print(repr(linear.weight))

print(repr(linear(torch.rand(2, 5))))

net = nn.Sequential(MyLinear(64, 8), MyLinear(8, 1))
print(repr(net(torch.rand(2, 64))))
