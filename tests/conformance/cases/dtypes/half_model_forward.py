import torch
from torch import nn

# A small classifier converted with .bfloat16() runs forward as PyTorch's CPU kernels do;
# converted with .half() it stops at the first layer PyTorch 1.13 has no float16 kernel for.
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 4))
x = torch.randn(5, 8)

b = model.bfloat16()
print(b[0].weight.dtype, b[0].bias[:4])
with torch.no_grad():
    logits = b(x.bfloat16())
print(logits)
print(torch.softmax(logits, dim=1))
print(torch.log_softmax(logits, dim=-1).argmax(dim=1))

h = model.half()
try:
    h(x.half())
except RuntimeError as e:
    print(e)
print(h[0].weight.dtype, h[2].bias)
