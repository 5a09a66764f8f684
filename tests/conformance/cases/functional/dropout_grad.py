import torch
import torch.nn.functional as F

torch.manual_seed(3)
x = torch.rand(8, requires_grad=True)
y = F.dropout(x, p=0.25)
print(y.grad_fn.name())
y.sum().backward()
print(x.grad)
