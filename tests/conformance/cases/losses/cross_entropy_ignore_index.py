import torch
import torch.nn as nn

logits = torch.tensor([[1.0, 2.0], [0.5, 0.1], [2.0, -1.0]], requires_grad=True)
labels = torch.tensor([1, -100, 0])
loss = nn.CrossEntropyLoss()(logits, labels)
print(loss)
loss.backward()
print(logits.grad)
print(nn.CrossEntropyLoss(ignore_index=0)(logits, torch.tensor([1, 0, 0])))
