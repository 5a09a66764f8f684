import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.rand(2, 5) + 1
print(F.dropout(x, p=0.5))
print(F.dropout(x, p=0.3))
print(F.dropout(x, p=0.5, training=False) is x)
print(F.dropout(x, p=0.0) is x)
print(F.dropout(x, p=1.0))
try:
    F.dropout(x, p=-0.1)
except ValueError as e:
    print("ValueError:", e)
