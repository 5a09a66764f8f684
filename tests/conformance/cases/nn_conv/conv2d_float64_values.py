# conv2d in float64 takes PyTorch's im2col + gemm path: every value bit for bit.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(2, 4, 7, 6, dtype=torch.float64)
w = torch.randn(6, 2, 3, 2, dtype=torch.float64)
b = torch.randn(6, dtype=torch.float64)
print(F.conv2d(x, w[:, :, :, :], b, groups=2).flatten().tolist())
print(F.conv2d(x, w, b, stride=2, padding=1, groups=2).flatten().tolist())
print(F.conv2d(x, w, None, stride=(1, 2), padding=(2, 0), dilation=(2, 1), groups=2).flatten().tolist())
print(F.conv2d(x[:, :2], w, b, padding="same").flatten().tolist())
print(F.conv2d(x[:, :2], w, b, padding="valid").shape)
print(F.conv2d(x[0, :2], w, b).shape)
