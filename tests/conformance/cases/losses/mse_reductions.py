import torch
import torch.nn as nn

pred = torch.tensor([[1.5, 2.0], [0.0, -1.0]], requires_grad=True)
target = torch.tensor([[1.0, 2.5], [0.5, -3.0]])
for reduction in ["mean", "sum", "none"]:
    loss = nn.MSELoss(reduction=reduction)(pred, target)
    print(reduction, loss)
loss = nn.MSELoss()(pred, target)
loss.backward()
print(pred.grad)
