import torch
import torch.nn as nn

pred = torch.tensor([[1.0, -2.0], [0.5, 3.0]], requires_grad=True)
target = torch.tensor([[1.5, -2.0], [-0.5, 1.0]])
for reduction in ["mean", "sum", "none"]:
    loss = nn.L1Loss(reduction=reduction)(pred, target)
    print(reduction, loss)
nn.L1Loss()(pred, target).backward()
print(pred.grad)
