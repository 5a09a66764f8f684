import torch

x = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
def name(t):
    return type(t.grad_fn).__name__
print(name(torch.cat([x, x])), name(torch.stack([x, x])))
print([name(t) for t in x.split(1)], [name(t) for t in x.split([1, 1])], [name(t) for t in x.chunk(2, 1)])
print([name(t) for t in x.unbind()], [name(t) for t in x])
print(torch.cat([x, x], 1))
print(x.unbind(1)[1])
