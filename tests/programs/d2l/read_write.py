# Source: https://github.com/d2l-ai/d2l-en, chapter_builders-guide/read-write.md
#         (Dive into Deep Learning, "File I/O"), the PyTorch tab. Licence: the book's sample
#         code is MIT-0 (LICENSE-SAMPLECODE).
# Changed: the notebook cells are joined into one program; each cell's last expression, which
# the notebook displays, is printed (print(repr(...))). torch.manual_seed(0) added.
import torch
from torch import nn
from torch.nn import functional as F
torch.manual_seed(0)

x = torch.arange(4)
torch.save(x, 'x-file')

x2 = torch.load('x-file')
print(repr(x2))

y = torch.zeros(4)
torch.save([x, y],'x-files')
x2, y2 = torch.load('x-files')
print(repr((x2, y2)))

mydict = {'x': x, 'y': y}
torch.save(mydict, 'mydict')
mydict2 = torch.load('mydict')
print(repr(mydict2))


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.LazyLinear(256)
        self.output = nn.LazyLinear(10)

    def forward(self, x):
        return self.output(F.relu(self.hidden(x)))

net = MLP()
X = torch.randn(size=(2, 20))
Y = net(X)

torch.save(net.state_dict(), 'mlp.params')

clone = MLP()
clone.load_state_dict(torch.load('mlp.params'))
print(repr(clone.eval()))

Y_clone = clone(X)
print(repr(Y_clone == Y))
