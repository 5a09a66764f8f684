import warnings

import torch
import torch.nn.functional as F

warnings.simplefilter("ignore")  # PyTorch warns that its float16 mse kernel is slow

# float16 mse_loss rounds the difference, then its square, then sums in float32; PyTorch 1.13
# has no float16 kernel for its gradient and no bfloat16 mse kernel on the CPU.
torch.manual_seed(0)
torch.set_printoptions(precision=10)
a = (torch.randn(3, 5) * 3).half().requires_grad_()
b = (torch.randn(3, 5) * 3).half()
print(F.mse_loss(a, b, reduction="none"))
loss = F.mse_loss(a, b)
print(loss, F.mse_loss(a, b, reduction="sum"))
try:
    loss.backward()
except RuntimeError as e:
    print(e)
try:
    F.mse_loss(a.detach().bfloat16(), b.bfloat16())
except RuntimeError as e:
    print(e)
