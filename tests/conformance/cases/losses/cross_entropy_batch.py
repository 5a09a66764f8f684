import torch
import torch.nn as nn

torch.manual_seed(0)
logits = torch.randn(5, 4, requires_grad=True)
labels = torch.tensor([3, 0, 1, 1, 2])
loss = nn.CrossEntropyLoss()(logits, labels)
print(loss)
loss.backward()
print(logits.grad)
print(loss.grad_fn.name(), loss.grad_fn.next_functions[0][0].name())
