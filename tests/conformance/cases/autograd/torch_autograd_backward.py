import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y1 = (x * 2).sum()
y2 = x * x
torch.autograd.backward([y1, y2], [None, torch.tensor([1.0, 1.0])])
print(x.grad)
