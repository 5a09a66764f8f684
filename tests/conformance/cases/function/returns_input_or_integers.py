import torch

class Same(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a):
        return a
    @staticmethod
    def backward(ctx, g):
        return g * 3
class ToLong(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a):
        return (a * 10).long() if hasattr(a, "long") else (a * 10).to(torch.int64)
    @staticmethod
    def backward(ctx, g):
        return g
x = torch.tensor([1.0, 2.0], requires_grad=True)
r = Same.apply(x)
print(r, r is x)
r.sum().backward()
print(x.grad)
i = ToLong.apply(x)
print(i, i.requires_grad)
