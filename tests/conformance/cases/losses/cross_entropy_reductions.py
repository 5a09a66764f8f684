import torch
import torch.nn.functional as F

logits = torch.tensor([[1.0, 2.0, 0.5], [0.2, 0.1, 3.0]], requires_grad=True)
labels = torch.tensor([1, 2])
print(F.cross_entropy(logits, labels, reduction="none"))
print(F.cross_entropy(logits, labels, reduction="sum"))
loss = F.cross_entropy(logits, labels, reduction="sum")
loss.backward()
print(logits.grad)
