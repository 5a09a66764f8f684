# Gradients of conv2d in float64 (input, weight, bias), bit for bit, and its grad_fn.
import torch
import torch.nn.functional as F

torch.manual_seed(1)
x = torch.randn(3, 4, 6, 7, dtype=torch.float64, requires_grad=True)
w = torch.randn(4, 2, 3, 3, dtype=torch.float64, requires_grad=True)
b = torch.randn(4, dtype=torch.float64, requires_grad=True)
y = F.conv2d(x, w, b, stride=2, padding=1, dilation=1, groups=2)
print(y.grad_fn.name())
g = torch.randn(y.shape, dtype=torch.float64)
y.backward(g)
print(x.grad.flatten().tolist())
print(w.grad.flatten().tolist())
print(b.grad.tolist())
x.grad = None
F.conv2d(x, w[:, :, :2], None, stride=3, dilation=2, groups=2).sum().backward()
print(x.grad.flatten().tolist())
