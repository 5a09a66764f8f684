import torch
import torch.nn.functional as F

torch.manual_seed(2)
x = torch.randn(300, 5)
y = torch.randint(0, 5, (300,))
print(F.nll_loss(x, y).item())
print(F.nll_loss(x, y, reduction="sum").item())
print(F.cross_entropy(x, y).item())
