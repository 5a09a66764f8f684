import torch

# a + alpha * b is one fused multiply-add in PyTorch's CPU kernel: one rounding.
a = torch.tensor([-0.13750937581062317, 0.9664084911346436])
b = torch.tensor([1.0229456424713135, 0.3144216537475586])
print(torch.add(a, b, alpha=0.3).tolist())
print(torch.sub(a, b, alpha=0.7).tolist())
a.add_(b, alpha=-0.1)
print(a.tolist())
