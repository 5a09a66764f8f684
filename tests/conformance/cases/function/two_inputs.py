import torch

class MulAdd(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a, b):
        ctx.save_for_backward(a, b)
        print(ctx.needs_input_grad)
        return a * b + a
    @staticmethod
    def backward(ctx, g):
        a, b = ctx.saved_tensors
        return g * (b + 1), g * a
a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0])
out = MulAdd.apply(a, b)
out.sum().backward()
print(a.grad)
b.requires_grad_()
MulAdd.apply(a, b).sum().backward()
print(a.grad, b.grad)
