# LayerNorm over one or more trailing dims: values to every digit, gradients, repr, errors.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.set_printoptions(precision=10)
torch.manual_seed(2)
ln = nn.LayerNorm(10)
print(ln, list(ln.state_dict().keys()))
print(nn.LayerNorm((3, 4), eps=1e-6, elementwise_affine=False), nn.LayerNorm([5]))
with torch.no_grad():
    ln.weight.copy_(torch.randn(10))
    ln.bias.copy_(torch.randn(10))
x = torch.randn(2, 3, 10, requires_grad=True) * 3
y = ln(x)
print(y)
print(y.grad_fn.name())
print(F.layer_norm(torch.randn(3, 4, 5) + 2, (4, 5)))
print(F.layer_norm(torch.randn(2, 37), [37])[:, :6])
print(F.layer_norm(torch.randn(2, 4, dtype=torch.float64), (4,), torch.ones(4, dtype=torch.float64) * 2))

torch.set_printoptions(precision=4)
leaf = torch.randn(3, 6, requires_grad=True)
w = torch.randn(6, requires_grad=True)
b = torch.randn(6, requires_grad=True)
(F.layer_norm(leaf, (6,), w, b) * torch.arange(18.0).reshape(3, 6).cos()).sum().backward()
print(leaf.grad, w.grad, b.grad, sep="\n")

for shape, args in [((2, 5), ((4,),)), ((2, 3, 4), ((2, 4),))]:
    try:
        F.layer_norm(torch.randn(*shape), *args)
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    F.layer_norm(torch.randn(2, 4), (4,), torch.ones(3))
except RuntimeError as e:
    print("RuntimeError:", e)
