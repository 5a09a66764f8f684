# Pooling modules: reprs as PyTorch prints them, and their forward passes.
import torch
import torch.nn as nn

print(nn.MaxPool2d(2))
print(nn.MaxPool2d((2, 3), stride=1, padding=1, dilation=2, return_indices=True, ceil_mode=True))
print(nn.MaxPool1d(2))
print(nn.AvgPool2d(2))
print(nn.AvgPool2d(3, 2, 1, True, False, 2))
print(nn.AvgPool1d(3))
print(nn.AdaptiveAvgPool2d((5, 7)))
print(nn.AdaptiveAvgPool2d(1))
torch.manual_seed(7)
x = torch.randn(1, 2, 6, 6)
print(nn.MaxPool2d(2)(x))
values, indices = nn.MaxPool2d(3, 2, return_indices=True)(x)
print(indices)
print(nn.AvgPool2d(3, 2, 1)(x))
print(nn.AdaptiveAvgPool2d((2, 3))(x))
print(nn.AdaptiveAvgPool2d(1)(x).grad_fn, nn.AdaptiveAvgPool2d(1)(x.requires_grad_()).grad_fn.name())
print(nn.AvgPool1d(2)(x[0]))
