# conv_transpose2d (stride, padding, output_padding, groups, dilation) in float64: values and
# gradients bit for bit.
import torch
import torch.nn.functional as F

torch.manual_seed(3)
x = torch.randn(2, 4, 3, 5, dtype=torch.float64, requires_grad=True)
w = torch.randn(4, 3, 3, 2, dtype=torch.float64, requires_grad=True)
b = torch.randn(6, dtype=torch.float64, requires_grad=True)
y = F.conv_transpose2d(x, w, b, stride=2, padding=1, output_padding=1, groups=2, dilation=(1, 2))
print(y.shape, y.grad_fn.name())
print(y.flatten().tolist())
y.backward(torch.randn(y.shape, dtype=torch.float64))
print(x.grad.flatten().tolist())
print(w.grad.flatten().tolist())
print(b.grad.tolist())
print(F.conv_transpose2d(x[0], w, b, groups=2).shape)
