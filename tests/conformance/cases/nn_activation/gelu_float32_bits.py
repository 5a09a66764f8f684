# F.gelu on float32, bit for bit: a contiguous tensor of more than one element (computed by
# oneDNN in PyTorch 1.13) and its gradient, over a few thousand inputs of every magnitude; and
# single elements (PyTorch's own kernel).
import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.cat([torch.randn(1500) * 3, torch.randn(300) * 1e-3, torch.randn(200) * 12,
               torch.tensor([0.0, -0.0, 1e-30, -1e-30, 30.0, -30.0, 100.0, -100.0, float("inf"), -float("inf")])])
x.requires_grad_()
y = F.gelu(x)
y.backward(torch.ones_like(y))
print([v.hex() for v in y.tolist()])
print([v.hex() for v in x.grad.tolist()])
singles = [F.gelu(torch.tensor([v])).tolist()[0].hex() for v in x.detach()[:40].tolist()]
print(singles)
print(F.gelu(torch.tensor([[0.5, -1.25], [2.0, 3.5]]), approximate="tanh"))
