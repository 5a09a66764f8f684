import torch
import torch.nn.functional as F

x = torch.tensor([1.0, 2.0, 3.0])
y = F.softmax(x, dim=0, dtype=torch.float64)
print(y, y.dtype)
print(F.log_softmax(x, dim=0, dtype=torch.float64))
try:
    torch.softmax(torch.tensor([1, 2]), 0)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.softmax(x, 1)
except IndexError as e:
    print("IndexError:", e)
