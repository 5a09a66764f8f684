import torch
import torch.nn as nn

logits = torch.tensor([[2.0], [-1.0], [0.3], [25.0], [-30.0]], requires_grad=True)
y = torch.tensor([[1.0], [0.0], [1.0], [0.0], [0.0]])
loss = nn.BCEWithLogitsLoss()(logits, y)
print(loss)
loss.backward()
print(logits.grad)
print(nn.BCEWithLogitsLoss(reduction="none")(logits, y))
print(nn.BCEWithLogitsLoss(reduction="sum")(logits, y))
