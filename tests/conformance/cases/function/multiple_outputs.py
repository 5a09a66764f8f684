import torch

class Pair(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2, x * 3
    @staticmethod
    def backward(ctx, g1, g2):
        print("grads", g1, g2)
        return g1 * 2 + g2 * 3
x = torch.tensor([1.0, -1.0], requires_grad=True)
p, q = Pair.apply(x)
print(p, q)
p.sum().backward()
print(x.grad)
x.grad = None
(p + q).sum().backward()
print(x.grad)
print(Pair.apply(torch.ones(2)))
