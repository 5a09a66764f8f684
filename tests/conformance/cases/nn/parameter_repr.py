import torch
import torch.nn as nn

p = nn.Parameter(torch.tensor([1.0, 2.0]))
print(p)
print(repr(p))
print(p.requires_grad, p.is_leaf, p.grad_fn)
q = nn.Parameter(torch.tensor([[1.0, 2.0], [3.0, 4.0]]), requires_grad=False)
print(q)
print(isinstance(p, torch.Tensor), isinstance(p, nn.Parameter), type(p).__name__)
r = p * 2
print(r, type(r).__name__)
print([nn.Parameter(torch.tensor(0.5))])
