import torch

a = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
b = torch.tensor([[1.0, -1.0], [2.0, 0.5], [3.0, 1.0]], requires_grad=True)
c = torch.einsum('ij,jk->ik', a, b)
c.sum().backward()
print(type(c.grad_fn).__name__, a.grad, b.grad)
v = torch.tensor([1.0, 2.0], requires_grad=True)
print([type(torch.einsum(e, *ops).grad_fn).__name__ for e, ops in [("i,i->", [v, v]), ("i,j->ij", [v, v]), ("i->", [v])]])
print(type(torch.einsum("ij->ji", a).grad_fn).__name__, type(torch.einsum("ii->i", a[:, :2]).grad_fn).__name__)
