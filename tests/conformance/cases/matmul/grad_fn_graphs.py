import torch

def chain(t):
    def rec(g):
        if g is None:
            return "None"
        kids = [rec(n) for n, _ in g.next_functions]
        return type(g).__name__ + ("(" + ", ".join(kids) + ")" if kids else "")
    return rec(t.grad_fn)

def R(*shape):
    return torch.ones(*shape, requires_grad=True)
for a, b in [((3,), (3,)), ((2, 3), (3,)), ((3,), (3, 2)), ((2, 3), (3, 4)), ((5, 2, 3), (3, 4)),
             ((5, 2, 3), (3,)), ((2,), (5, 2, 3)), ((4, 2), (5, 2, 3)), ((5, 2, 3), (5, 3, 4)),
             ((1, 2, 3), (5, 3, 4)), ((2, 5, 2, 3), (5, 3, 4)), ((5, 2, 3), (2, 5, 3, 4))]:
    print(a, b, chain(R(*a) @ R(*b)))
print(chain(torch.mm(R(2, 3), R(3, 4))), chain(torch.bmm(R(2, 2, 3), R(2, 3, 4))))
print(chain(torch.dot(R(3), R(3))), chain(torch.mv(R(2, 3), R(3))), chain(torch.outer(R(2), R(3))))
print(chain(R(2, 3) @ torch.ones(3, 4)), chain(torch.ones(5, 2, 3) @ R(3, 4)), chain(torch.ones(3) @ R(3, 2)))
