import torch
import torch.nn as nn

logits = torch.tensor([[0.5, -1.0, 2.0], [1.5, 0.0, -0.5]], requires_grad=True)
y = torch.tensor([[1.0, 0.0, 1.0], [0.0, 1.0, 1.0]])
criterion = nn.BCEWithLogitsLoss(pos_weight=torch.tensor([1.0, 2.0, 3.0]))
loss = criterion(logits, y)
print(loss)
loss.backward()
print(logits.grad)
weighted = nn.BCEWithLogitsLoss(weight=torch.tensor([0.5, 1.0, 2.0]))(logits, y)
print(weighted)
try:
    nn.BCEWithLogitsLoss()(logits, torch.tensor([1.0, 0.0]))
except ValueError as e:
    print("ValueError:", e)
