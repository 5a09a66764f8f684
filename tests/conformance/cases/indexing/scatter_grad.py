import torch

w = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
s = torch.tensor([[10.0, 20.0], [30.0, 40.0]], requires_grad=True)
y = w.scatter(1, torch.tensor([[0, 2], [2, 1]]), s)
print(y)
(y * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(w.grad)
print(s.grad)
a = w.scatter_add(1, torch.tensor([[0, 0], [2, 1]]), s)
print(a, type(w.scatter(1, torch.tensor([[0], [1]]), 0.5).grad_fn).__name__)
