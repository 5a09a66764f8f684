import torch
import torch.nn as nn

logits = torch.tensor([[1.0, 2.0, 0.5], [0.2, 0.1, 3.0], [0.0, 1.0, 0.0]], requires_grad=True)
labels = torch.tensor([1, 2, 0])
criterion = nn.CrossEntropyLoss(weight=torch.tensor([0.2, 1.0, 3.0]))
loss = criterion(logits, labels)
print(loss)
loss.backward()
print(logits.grad)
print(criterion)
print(criterion.weight)
