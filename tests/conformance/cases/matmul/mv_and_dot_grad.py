import torch

W = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
x = torch.tensor([1.0, -1.0], requires_grad=True)
y = W @ x
(y * torch.tensor([2.0, 3.0])).sum().backward()
print(W.grad)
print(x.grad)
a = torch.tensor([1.0, 2.0], requires_grad=True)
(a @ x).backward()
print(a.grad, x.grad)
