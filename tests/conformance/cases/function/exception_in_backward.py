import torch

class Bad(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a):
        return a * 2
    @staticmethod
    def backward(ctx, g):
        raise ValueError("boom")
x = torch.tensor([1.0, 2.0], requires_grad=True)
try:
    Bad.apply(x).sum().backward()
except ValueError as e:
    print("ValueError:", e)
(x * 2).sum().backward()
print(x.grad, torch.is_grad_enabled())
