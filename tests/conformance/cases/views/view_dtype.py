import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

# view(dtype) reads the same bytes as another dtype.
x = torch.tensor([1.0, -2.0, 0.5, 3.0])
show(lambda: x.view(torch.int32))
show(lambda: x.view(dtype=torch.int32))
show(lambda: x.view(torch.uint8))
show(lambda: x.view(torch.float64))
show(lambda: x.view(2, 2).view(torch.int64))
show(lambda: torch.tensor([1, 2], dtype=torch.int64).view(torch.float64))
show(lambda: torch.tensor([True, False]).view(torch.uint8))
show(lambda: torch.tensor(1.0).view(torch.int32))
show(lambda: x.view(torch.float32).shape)
m = torch.arange(24.0).view(4, 6)
show(lambda: m[:, 2:4].view(torch.float64).shape)
show(lambda: m[:, 2:4].view(torch.float64).stride())
show(lambda: m[1:].view(torch.uint8).stride())
# The element sizes must line up.
show(lambda: torch.tensor(1.0).view(torch.float64))
show(lambda: torch.zeros(2, 3).view(torch.float64))
show(lambda: torch.zeros(2, 4).t().view(torch.float64))
show(lambda: torch.zeros(2, 4).t().view(torch.uint8))
show(lambda: m[:, 1:5].view(torch.float64))
show(lambda: torch.arange(12.0).view(4, 3)[:, :2].view(torch.float64))
show(lambda: torch.zeros(1).expand(2, 4).view(torch.uint8))
# Writes through either show in the other; the result carries no gradient.
y = torch.zeros(2)
z = y.view(torch.int32)
z.add_(1)
print(y, y._version, z._version)
w = torch.ones(2, requires_grad=True)
print(w.view(torch.int32), w.view(torch.float32).requires_grad, w.view(torch.float32).grad_fn)
