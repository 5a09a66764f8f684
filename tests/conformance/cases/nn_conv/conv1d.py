# conv1d and conv_transpose1d in float64, batched and unbatched, with their gradients.
import torch
import torch.nn.functional as F

torch.manual_seed(4)
x = torch.randn(2, 3, 10, dtype=torch.float64, requires_grad=True)
w = torch.randn(4, 3, 3, dtype=torch.float64, requires_grad=True)
b = torch.randn(4, dtype=torch.float64, requires_grad=True)
y = F.conv1d(x, w, b, stride=2, padding=2, dilation=2)
print(y.shape, y.grad_fn.name())
print(y.flatten().tolist())
y.sum().backward()
print(x.grad.flatten().tolist())
print(w.grad.flatten().tolist())
print(b.grad.tolist())
u = F.conv1d(x[0], w, b, padding="same")
print(u.shape, u.grad_fn.name())
print(u.flatten().tolist())
t = F.conv_transpose1d(y, w.transpose(0, 1).contiguous().transpose(0, 1), None, stride=2)
print(t.shape)
print(torch.conv1d(x, w).shape, torch.conv2d(x.unsqueeze(2), w.unsqueeze(2)).shape)
