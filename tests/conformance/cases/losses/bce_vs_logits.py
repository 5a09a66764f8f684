import torch
import torch.nn.functional as F

torch.manual_seed(0)
z = torch.randn(20)
y = torch.randint(0, 2, (20,)).to(torch.float32)
print(F.binary_cross_entropy_with_logits(z, y).item())
print(F.binary_cross_entropy_with_logits(z, y, reduction="none").tolist())
