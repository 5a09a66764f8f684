# The gradients of bfloat16 softmax and log_softmax, as PyTorch 1.13's CPU kernels round them.
# Along the last dim Σ g·y (Σ g) is added over 16 float32 lanes and rounded to bfloat16 before
# it is used; along another dim it is added in float32, in order, and not rounded. Row lengths
# below and above one vector of 16, with a tail of either half.
import torch

torch.manual_seed(0)


def bits(t):
    return t.view(torch.int16).tolist()


for shape, dim in [((3, 1), -1), ((3, 5), -1), ((2, 12), -1), ((2, 16), -1), ((2, 21), -1), ((2, 29), -1),
                   ((2, 100), -1), ((4, 3), 0), ((5, 20), 0), ((2, 7, 33), 1), ((6, 2, 3), 1)]:
    x = (torch.randn(*shape) * 3).bfloat16()
    g = torch.randn(*shape).bfloat16()
    for f in (torch.softmax, torch.log_softmax):
        leaf = x.clone().requires_grad_()
        y = f(leaf, dim)
        y.backward(g)
        print(shape, dim, f.__name__, y.grad_fn.name(), leaf.grad.dtype, bits(leaf.grad))

x = torch.tensor([[0.5, -1.25, 2.0], [3.0, 0.0, -0.5]], dtype=torch.bfloat16, requires_grad=True)
torch.nn.functional.log_softmax(x, dim=1)[:, 0].sum().backward()
print(x.grad)
x.grad = None
torch.nn.Softmax(dim=0)(x).pow(2).sum().backward()
print(x.grad)
