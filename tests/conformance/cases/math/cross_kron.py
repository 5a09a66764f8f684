import torch


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


c = torch.tensor([[1.0, 2, 3], [4, 5, 6]], requires_grad=True)
d = torch.tensor([[0.0, 1, 0], [1, 0, 0]], requires_grad=True)
r = torch.cross(c, d)
print(r, torch.cross(c.t(), d.t()), c.cross(d, dim=1))
print([v.hex() for v in torch.cross(torch.tensor([0.1, 0.2, 0.3]), torch.tensor([0.7, -0.3, 0.9])).double().tolist()])
torch.manual_seed(1)
print(torch.cross(torch.randn(20, 3), torch.randn(20, 3), dim=1).flatten().tolist())
print(torch.cross(torch.tensor([1, 2, 3]), torch.tensor([4, 5, 6])))
print(torch.cross(torch.tensor([[1.0, 0, 0]]), torch.tensor([[0.0, 1, 0], [0, 0, 1]]), dim=1))
(r * torch.tensor([[1.0, 2, 3], [-1, 0, 1]])).sum().backward()
print(c.grad, d.grad)
o = torch.empty(2, 3)
print(torch.cross(c.detach(), d.detach(), out=o), o)
show(lambda: torch.cross(torch.ones(2, 2), torch.ones(2, 2)))
show(lambda: torch.cross(torch.ones(3, 2), torch.ones(2, 3)))
show(lambda: torch.cross(torch.ones(3, 2), torch.ones(3, 2), dim=1))
show(lambda: torch.cross(torch.ones(3), torch.ones(3, dtype=torch.long)))
show(lambda: torch.cross(torch.ones(3, 3), torch.ones(3)))
show(lambda: torch.cross(torch.ones(3, 3), torch.ones(3, 3), dim=2))
a = torch.tensor([[1.0, 2], [3, 4]], requires_grad=True)
b = torch.tensor([[0.0, 1], [1, 0]], requires_grad=True)
k = torch.kron(a, b)
print(k, k.grad_fn.next_functions[0][0].name())
print(torch.kron(torch.tensor([1, 2]), torch.tensor([[1], [2]])), torch.kron(torch.tensor([1, 2]), torch.tensor([1.5, 2])))
print(torch.kron(torch.tensor(2.0), torch.tensor([1.5, 2])), torch.kron(torch.ones(2, 1, 3), torch.ones(2, 2)).shape)
(k * torch.arange(16.0).reshape(4, 4)).sum().backward()
print(a.grad, b.grad)
o = torch.empty(4, 4)
print(torch.kron(a.detach(), b.detach(), out=o).sum(), o.sum())
