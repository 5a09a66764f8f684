import torch


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


x = torch.zeros(3, 2, requires_grad=True)
src = torch.arange(4.0).reshape(2, 2).requires_grad_()
i = torch.tensor([0, 2])
print(torch.index_add(x, 0, i, src, alpha=2))
print(torch.index_copy(x, 0, i, src))
print(torch.index_fill(x, 1, torch.tensor([1]), 5.0))
print(torch.index_fill(x, 1, torch.tensor([1]), torch.tensor(5.0, requires_grad=True)))
print(torch.index_add(x, 0, torch.tensor([0, 0]), src), x.index_add(0, i.int(), src))
print(torch.index_copy(torch.zeros(3, 2), 0, torch.tensor([0, 0]), torch.tensor([[1.0, 2], [3, 4]])))
print(torch.index_fill(torch.zeros(2, dtype=torch.long), 0, torch.tensor([-1]), 7))
print(torch.index_fill(torch.zeros(2, dtype=torch.long), 0, torch.tensor([0]), 1.5))
print(torch.index_fill(torch.zeros(3), 0, torch.tensor(1), 2.0))
print(torch.index_add(torch.zeros(3), 0, torch.tensor([0, 1]), torch.tensor([0.1, 0.2]), alpha=0.3))
w = torch.arange(6.0).reshape(3, 2)
(torch.index_add(x, 0, i, src, alpha=0.5) * w).sum().backward()
print(x.grad, src.grad)
x.grad = src.grad = None
(torch.index_copy(x, 0, i, src) * w).sum().backward()
print(x.grad, src.grad)
x.grad = None
v = torch.tensor(1.0, requires_grad=True)
(torch.index_fill(x, 0, torch.tensor([2, 0, 2]), v) * w).sum().backward()
print(x.grad, v.grad)
y = torch.zeros(3, 2)
print(y.index_add_(0, i, torch.ones(2, 2)), y.index_copy_(1, torch.tensor([0]), torch.full((3, 1), 4.0)))
print(y.index_fill_(0, torch.tensor([1]), -1), y)
o = torch.empty(3, 2)
print(torch.index_add(y, 0, i, torch.ones(2, 2), out=o), torch.index_copy(y, 0, i, torch.ones(2, 2), out=o))
show(lambda: torch.index_add(x, 0, i.float(), src))
show(lambda: torch.index_add(x, 0, torch.tensor([0, 3]), src))
show(lambda: torch.index_add(x, 0, i, src.double()))
show(lambda: torch.index_add(x, 0, i, src[:1]))
show(lambda: torch.index_add(x, 0, torch.tensor([[0, 1]]), src))
show(lambda: torch.index_add(torch.zeros(3, 2), 0, i, torch.ones(2, 3)))
show(lambda: torch.index_add(torch.zeros(3, 2), 2, i, src))
show(lambda: torch.index_copy(x, 0, torch.tensor([0, 3]), src))
show(lambda: torch.index_copy(x, 0, i, src.double()))
show(lambda: torch.index_copy(x, 0, i.int(), src))
show(lambda: torch.index_copy(x, 0, i, torch.ones(2, 3)))
show(lambda: torch.index_copy(x, 0, i, src[:1]))
show(lambda: torch.index_fill(x, 0, torch.tensor([3]), 1.0))
show(lambda: torch.index_fill(x, 0, torch.tensor([0]), torch.tensor([1.0, 2])))
show(lambda: torch.index_fill(x, 0, torch.tensor([0]).int(), 1.0))
show(lambda: torch.index_fill(torch.zeros(3, 2), 0, torch.tensor([[1]]), 2.0))
