import torch

torch.manual_seed(0)
torch.set_printoptions(precision=10)

# nn.Linear on bfloat16: each output sums its products in float32, adds the bias and rounds once.
layer = torch.nn.Linear(37, 3).bfloat16()
x = torch.randn(4, 37).bfloat16()
y = layer(x)
print(y)
print(y.view(torch.int16).sum())
print(torch.addmm(torch.ones(3).bfloat16(), x, layer.weight.t()))

# The bias gradient sums the incoming gradient over the batch.
b = layer.bias.detach().clone().requires_grad_()
torch.nn.functional.linear(x, layer.weight.detach(), b).sum().backward()
print(b.grad)

# float16 has no matrix product on the CPU in PyTorch 1.13.
try:
    torch.nn.Linear(4, 2).half()(torch.ones(3, 4).half())
except RuntimeError as e:
    print(e)

# float16 clamps only with a single bound given as a tensor; otherwise PyTorch names the
# kernel its overload lacks.
h = torch.tensor([-2.5, 0.1, 0.7, float("nan")]).half()
t = lambda v: torch.tensor(v).half()
for bounds in [(-1, 0.5), (-1, None), (None, 0.5), (t(-1.0), t(0.5)), (-1, t(0.5))]:
    try:
        torch.clamp(h, *bounds)
    except RuntimeError as e:
        print(bounds, e)
    try:
        h.clone().clamp_(*bounds)
    except RuntimeError as e:
        print(bounds, e)
print(torch.clamp(h, t(-1.0)), h.clamp(max=t(0.5)), h.clone().clamp_(min=t(0.0)))
bf = torch.tensor([-2.5, 0.1, 0.7, float("nan")]).bfloat16()
print(torch.clamp(bf, -1, 0.3), bf.clamp(min=0.2), bf.clamp(max=torch.tensor(0.1).bfloat16()))
print(bf.clone().clamp_(-1, 0.3))
