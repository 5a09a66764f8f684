import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(4, 3, requires_grad=True)
y = torch.tensor([2, 0, 1, 2])
logp = F.log_softmax(x, dim=1)
loss = nn.NLLLoss()(logp, y)
print(loss)
loss.backward()
print(x.grad)
print(nn.NLLLoss(reduction="none")(logp, y))
print(nn.NLLLoss())
