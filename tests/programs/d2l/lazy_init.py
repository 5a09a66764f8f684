# Source: https://github.com/d2l-ai/d2l-en, chapter_builders-guide/lazy-init.md
#         (Dive into Deep Learning, "Lazy Initialization"), the PyTorch tab. Licence: the
#         book's sample code is MIT-0 (LICENSE-SAMPLECODE).
# Changed: the notebook cells are joined into one program; each cell's last expression, which
# the notebook displays, is printed (print(repr(...))). torch.manual_seed(0) added. Left out:
# `from d2l import torch as d2l` and the cell that adds apply_init to d2l.Module (the book's
# own package, which defines and does not run anything here).
import torch
from torch import nn
torch.manual_seed(0)

net = nn.Sequential(nn.LazyLinear(256), nn.ReLU(), nn.LazyLinear(10))

print(repr(net[0].weight))

X = torch.rand(2, 20)
net(X)

print(repr(net[0].weight.shape))
