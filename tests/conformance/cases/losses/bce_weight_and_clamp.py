import torch
import torch.nn.functional as F

p = torch.tensor([0.0, 1.0, 0.5])
y = torch.tensor([1.0, 0.0, 0.0])
print(F.binary_cross_entropy(p, y))
print(F.binary_cross_entropy(torch.tensor([0.2, 0.7]), torch.tensor([0.0, 1.0]), weight=torch.tensor([2.0, 0.5])))
for bad in [torch.tensor([1.2]), torch.tensor([-0.1])]:
    try:
        F.binary_cross_entropy(bad, torch.tensor([1.0]))
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    F.binary_cross_entropy(torch.tensor([0.5, 0.5]), torch.tensor([1.0]))
except ValueError as e:
    print("ValueError:", e)
