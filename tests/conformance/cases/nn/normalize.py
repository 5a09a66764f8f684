# F.normalize: x / max(‖x‖_p, eps) along dim, values and gradients.
import torch
import torch.nn.functional as F

torch.set_printoptions(precision=10)
torch.manual_seed(0)
x = torch.randn(3, 4, requires_grad=True)
y = F.normalize(x)
(y * torch.arange(12.0).view(3, 4)).sum().backward()
print(y, x.grad, type(y.grad_fn).__name__, type(y.grad_fn.next_functions[1][0]).__name__)
print(F.normalize(x, dim=0), F.normalize(x, p=1.0, dim=1), F.normalize(x.double(), p=3, dim=-1))
zero = torch.zeros(2, 3, requires_grad=True)
z = F.normalize(zero)
z.sum().backward()
print(z, zero.grad)
print(F.normalize(torch.tensor([[1e-13, 0.0]])), F.normalize(torch.tensor([3.0, 4.0]), dim=0))

# the norm is raised to eps by clamp_min, as PyTorch's graph shows
g = F.normalize(torch.randn(2, 3, requires_grad=True)).grad_fn
print(g.name(), g.next_functions[1][0].next_functions[0][0].name())
