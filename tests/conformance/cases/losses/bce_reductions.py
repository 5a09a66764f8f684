import torch
import torch.nn as nn

p = torch.tensor([0.9, 0.3, 0.5, 0.01], requires_grad=True)
y = torch.tensor([1.0, 0.0, 1.0, 1.0])
for reduction in ["mean", "sum", "none"]:
    print(reduction, nn.BCELoss(reduction=reduction)(p, y))
loss = nn.BCELoss()(p, y)
loss.backward()
print(p.grad)
