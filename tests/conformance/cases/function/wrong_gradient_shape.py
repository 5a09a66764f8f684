import torch

class WrongShape(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a):
        return a * 2
    @staticmethod
    def backward(ctx, g):
        return torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0])
class Broadcast(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a):
        return a * 2
    @staticmethod
    def backward(ctx, g):
        return torch.tensor([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]])
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
try:
    WrongShape.apply(x).sum().backward()
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)

Broadcast.apply(x).sum().backward()
print(x.grad)
