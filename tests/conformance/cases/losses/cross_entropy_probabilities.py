import torch
import torch.nn.functional as F

logits = torch.tensor([[1.0, 2.0, 0.5], [0.2, 0.1, 3.0]], requires_grad=True)
probs = torch.tensor([[0.1, 0.8, 0.1], [0.0, 0.25, 0.75]])
loss = F.cross_entropy(logits, probs)
print(loss)
loss.backward()
print(logits.grad)
print(F.cross_entropy(logits, probs, reduction="none"))
print(F.cross_entropy(logits, probs, reduction="sum"))
