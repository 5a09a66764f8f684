import torch

class Keep(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a, b):
        ctx.save_for_backward(b)
        return a * b
    @staticmethod
    def backward(ctx, g):
        b, = ctx.saved_tensors
        return g * b, None
x = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0])
y = Keep.apply(x, b)
b.add_(1)
try:
    y.sum().backward()
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
