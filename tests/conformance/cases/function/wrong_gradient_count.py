import torch

class WrongCount(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a, b):
        return a * b
    @staticmethod
    def backward(ctx, g):
        return g
class Extra(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a):
        return a * 2
    @staticmethod
    def backward(ctx, g):
        return g * 2, None, None
x = torch.tensor([1.0, 2.0], requires_grad=True)
try:
    WrongCount.apply(x, x).sum().backward()
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)

Extra.apply(x).sum().backward()
print(x.grad)
