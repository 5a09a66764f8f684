import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
scores = torch.randn(2, 3, 4, 4, requires_grad=True)
labels = torch.randint(0, 3, (2, 4, 4))
loss = F.cross_entropy(scores, labels)
print(loss)
loss.backward()
print(scores.grad.tolist()[0][0])
print(F.nll_loss(F.log_softmax(scores, dim=1), labels, reduction="none").shape)
print(nn.CrossEntropyLoss(weight=torch.tensor([1.0, 2.0, 0.5]))(scores, labels))
for target in [torch.randint(0, 3, (2, 4)), torch.randint(0, 3, (2, 4, 5))]:
    try:
        F.nll_loss(scores, target)
    except RuntimeError as e:
        print("RuntimeError:", e)
