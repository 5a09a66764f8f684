# F.pad's four modes over 1, 2 and 3 padded dims: values, gradients (summed in output order) and
# grad_fns; negative pads crop; 'constant' keeps the input's dtype.
import torch
import torch.nn.functional as F


def bits(t):
    return " ".join(float.hex(v) for v in t.double().flatten().tolist())


x1 = torch.arange(1., 13.).view(2, 2, 3).requires_grad_()
x2 = (torch.arange(1., 25.).view(1, 2, 3, 4) / 7).requires_grad_()
x3 = (torch.arange(1., 25.).view(1, 1, 2, 3, 4).double() / 7).requires_grad_()
weights = {1: torch.arange(1., 101.), 2: torch.arange(1., 301.).sqrt(), 3: torch.arange(1., 1001.).log()}
for mode in ["constant", "reflect", "replicate", "circular"]:
    for x, pad in [(x1, (2, 1)), (x1, (-1, 2)), (x2, (1, 2, 2, 1)), (x2, (0, -1, 1, 0)), (x3, (1, 1, 1, 0, 1, 1))]:
        y = F.pad(x, pad, mode=mode)
        print(mode, pad, tuple(y.shape), type(y.grad_fn).__name__)
        print(bits(y))
        x.grad = None
        dims = len(pad) // 2
        (y * weights[dims][:y.numel()].view(y.shape)).sum().backward()
        print(bits(x.grad))
print(F.pad(x1.detach()[0], (1, 1), mode="reflect"))
print(F.pad(x2.detach()[0], (1, 1, 1, 1), mode="replicate"))
print(F.pad(torch.arange(6).view(1, 2, 3), (2, 2), value=1.7))
print(F.pad(torch.tensor([[True, False]]), (1, 0), value=1))
print(F.pad(x1.detach(), [1, 1, 0, 1, 1, 0], "constant", 2.5))
print(F.pad(x1.detach(), (1, 1), mode="reflect", value=0))
print(type(F.pad(x1, (-1, -1)).grad_fn).__name__)
