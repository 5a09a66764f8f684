import torch

class NotNone(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a, k):
        return a * k
    @staticmethod
    def backward(ctx, g):
        return g, 5
class NotTensor(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a):
        return a * 2
    @staticmethod
    def backward(ctx, g):
        return 5
x = torch.tensor([1.0, 2.0], requires_grad=True)
try:
    NotNone.apply(x, 2).sum().backward()
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    NotTensor.apply(x).sum().backward()
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
