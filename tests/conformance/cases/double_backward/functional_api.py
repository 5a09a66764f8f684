# torch.autograd.functional: Jacobians, Hessians and their products with vectors.
import torch
from torch.autograd.functional import hessian, hvp, jacobian, jvp, vhp, vjp

print(hessian(lambda t: (t ** 2).prod(), torch.tensor([1.0, 2.0])))
print(jacobian(lambda t: t.exp() * 2, torch.tensor([0.0, 1.0])))
print(jacobian(lambda t: t.exp() * 2, torch.tensor([0.0, 1.0]), create_graph=True))
print(hessian(lambda t: (t ** 2).prod(), torch.tensor([1.0, 2.0]), create_graph=True))


def exp_reducer(x):
    return x.exp().sum(dim=1)


inputs = torch.tensor([[0.1, 0.2], [0.3, 0.4]])
print(jacobian(exp_reducer, inputs))
print(vjp(exp_reducer, inputs, torch.ones(2)))
print(jvp(exp_reducer, inputs, torch.ones(2, 2)))


def adder(x, y):
    return 2 * x + 3 * y


pair = (torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0]))
print(jacobian(adder, pair))
print(vjp(adder, pair, torch.ones(2)))
print(jvp(adder, pair, (torch.ones(2), torch.ones(2))))


def pow_reducer(x):
    return x.pow(3).sum()


square = torch.tensor([[0.5, 1.0], [1.5, 2.0]])
print(vhp(pow_reducer, square, torch.ones(2, 2)))
print(hvp(pow_reducer, square, torch.ones(2, 2)))
print(hessian(lambda x, y: (2 * x.pow(2) + 3 * y.pow(2)).sum(), pair))
print(jacobian(lambda x: (x.sum(), x * x), torch.tensor([1.0, 2.0])))
print(jacobian(lambda x: torch.ones(2), torch.tensor([1.0, 2.0])))

for call in (lambda: jacobian(lambda x: x, [torch.ones(2)]),
             lambda: hessian(lambda x: x * 2, torch.ones(2)),
             lambda: jacobian(lambda x: x * 2, torch.ones(2), strategy="forward-mode"),
             lambda: vjp(lambda x: x * 2, torch.ones(2)),
             lambda: vjp(lambda x: x * 2, torch.ones(2), torch.ones(3)),
             lambda: jacobian(lambda x: torch.ones(2), torch.ones(2), strict=True),
             lambda: jvp(lambda x, y: x + y, (torch.ones(2), torch.ones(2)), (torch.ones(2),))):
    try:
        call()
    except (TypeError, RuntimeError, NotImplementedError) as e:
        print(type(e).__name__ + ":", e)
