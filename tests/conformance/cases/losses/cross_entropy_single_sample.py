import torch
import torch.nn.functional as F

logits = torch.tensor([0.5, 2.0, -1.0], requires_grad=True)
loss = F.cross_entropy(logits, torch.tensor(1))
print(loss)
loss.backward()
print(logits.grad)
