# max_pool1d/2d: values, indices, padding, dilation, ceil_mode, nan, and gradients.
import torch
import torch.nn.functional as F

torch.manual_seed(5)
x = torch.randn(2, 3, 7, 6, requires_grad=True)
y, i = F.max_pool2d(x, 3, stride=2, padding=1, ceil_mode=True, return_indices=True)
print(y)
print(i)
print(y.grad_fn.name())
y.backward(torch.randn(y.shape))
print(x.grad)
print(F.max_pool2d(x, (2, 3), stride=1, dilation=2).shape)
print(F.max_pool2d(x[0], 2))
z = torch.tensor([[[1.0, float("nan")], [3.0, 2.0]]])
print(F.max_pool2d(z, 2, return_indices=True))
s = torch.randn(2, 3, 9, requires_grad=True)
m, j = F.max_pool1d(s, 3, stride=2, padding=1, return_indices=True)
print(m, j, m.grad_fn.name())
m.sum().backward()
print(s.grad)
print(torch.max_pool2d(x, 2).shape, torch.max_pool1d(s, 2).shape)
