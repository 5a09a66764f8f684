import torch

x = torch.tensor([[10.0, 30.0, 20.0], [60.0, 40.0, 50.0]], requires_grad=True)
order = x.argsort(dim=1)
taken = torch.take_along_dim(x, order, dim=1)
print(taken, torch.take_along_dim(x, torch.tensor([0, 5])), x.take_along_dim(torch.tensor([[0], [2]]), 1))
taken.sum().backward()
print(taken.grad_fn.name(), x.grad)
print(torch.take_along_dim(x, torch.tensor([[1]]), dim=1), torch.take_along_dim(x, x.argmax(dim=0, keepdim=True), dim=0))
