import torch
import torch.nn.functional as F

print(F.one_hot(torch.tensor([0, 2, 1])))
print(F.one_hot(torch.tensor([0, 2, 1]), num_classes=4))
print(F.one_hot(torch.tensor([[1, 0], [2, 2]])))
try:
    F.one_hot(torch.tensor([0, 3]), num_classes=3)
except RuntimeError as e:
    print("RuntimeError:", e)
