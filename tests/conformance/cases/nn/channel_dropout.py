# Dropout1d/Dropout2d zero whole channels: one Bernoulli draw per (sample, channel) from the
# same stream as PyTorch, the kept channels scaled by 1/(1-p); unbatched and in-place forms.
import torch
from torch import nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.ones(3, 4, 2, requires_grad=True)
y = F.dropout1d(x, 0.5)
print(y, y.grad_fn.name())
y.sum().backward()
print(x.grad)
print(F.dropout1d(torch.ones(4, 3), 0.3))
print(F.dropout2d(torch.ones(2, 3, 2, 2), 0.4))
print(F.dropout2d(torch.ones(2, 3, 2), 0.4))
print(F.dropout2d(torch.ones(2, 3), 0.4))
print(nn.Dropout1d(), nn.Dropout2d(0.2, True), nn.Dropout2d(1.0)(torch.ones(1, 2, 1, 1)))
d = nn.Dropout1d(0.5)
d.eval()
print(d(torch.ones(2, 2, 2)))
t = torch.ones(2, 3, 1)
print(F.dropout1d(t, 0.5, inplace=True) is t, t)
print(torch.rand(2))
for f in [lambda: F.dropout1d(torch.ones(2), 0.5), lambda: F.dropout2d(torch.ones(2,2,2,2), 1.5), lambda: nn.Dropout1d(-0.1)]:
    try:
        f()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
