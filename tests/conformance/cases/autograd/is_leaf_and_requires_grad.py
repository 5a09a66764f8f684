import torch

a = torch.tensor([1.0, 2.0])
b = torch.tensor([1.0, 2.0], requires_grad=True)
c = b * 2
d = a * 2
for t in [a, b, c, d, c.detach(), b[0]]:
    print(t.is_leaf, t.requires_grad, t.grad_fn is None)
