import warnings

import torch
from torch.autograd import Variable

t = torch.ones(2)
v = Variable(t)
print(type(v), v is t, v.requires_grad, v)
w = Variable(t, requires_grad=True)
print(w, w.is_leaf, t.requires_grad)
print(Variable(t, True).requires_grad)
print(isinstance(t, Variable), isinstance(w, Variable), isinstance(3, Variable), isinstance([t], Variable))
print(Variable)
print(Variable())
a = torch.ones(2, requires_grad=True)
b = Variable(a * 2)
print(b.requires_grad, b.grad_fn, b.is_leaf)
v[0] = 5  # shares the data's values
print(t)
for bad in [3, [1, 2]]:
    try:
        Variable(bad)
    except TypeError as e:
        print(e)
try:
    Variable(t, foo=1)
except TypeError as e:
    print(e)
try:
    Variable(torch.ones(2, dtype=torch.long), requires_grad=True)
except RuntimeError as e:
    print(e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(Variable(t, volatile=True))
print([str(c.message) for c in caught])
x = Variable(torch.tensor([1.0, 2.0]), requires_grad=True)
(x * x).sum().backward()
print(x.grad)
