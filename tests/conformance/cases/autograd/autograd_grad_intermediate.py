import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
h = x * 3
y = (h ** 2).sum()
gh, gx = torch.autograd.grad(y, [h, x])
print(gh, gx)
