# A float32 conv2d with one image, 3×3 kernels and a small input runs PyTorch's im2col + gemm
# path (not oneDNN): values and gradients bit for bit.
import torch
import torch.nn.functional as F

torch.manual_seed(2)
x = torch.randn(1, 3, 9, 8, requires_grad=True)
w = torch.randn(5, 3, 3, 3, requires_grad=True)
b = torch.randn(5, requires_grad=True)
y = F.conv2d(x, w, b, padding=1)
print([v.hex() for v in y.flatten().tolist()])
y.backward(torch.randn(y.shape))
print([v.hex() for v in x.grad.flatten().tolist()])
print([v.hex() for v in w.grad.flatten().tolist()])
print([v.hex() for v in b.grad.tolist()])
