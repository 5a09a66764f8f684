import torch

x = torch.tensor([[0.3, -1.0, 2.0], [0.5, 0.1, -0.2]], requires_grad=True)
values, indices = x.sort(dim=1, descending=True)
print(values)
(values * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(x.grad)
y = torch.tensor([4.0, 1.0, 3.0, 2.0], requires_grad=True)
top = y.topk(2)
print(top.values.grad_fn.name(), torch.msort(y).grad_fn.name(), torch.argsort(y).requires_grad)
top.values.sum().backward()
print(y.grad)
y.grad = None
k = torch.kthvalue(y, 2)
k.values.backward()
print(k, y.grad)
