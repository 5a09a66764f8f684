import torch
import torch.nn.functional as F

x = torch.tensor([[0.3, -1.2, 2.5, 0.7, -0.4, 1.9, 0.05, -2.2, 1.1, 0.6]])
print(F.log_softmax(x, dim=1))
print(F.log_softmax(x, dim=1).tolist())
print(torch.log_softmax(x.reshape(2, 5), 0).tolist())
print(x.log_softmax(-1).sum())
