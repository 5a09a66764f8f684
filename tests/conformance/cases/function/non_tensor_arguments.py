import torch

class Scale(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, factor, label):
        ctx.factor = factor
        print("forward", label, ctx.needs_input_grad)
        return x * factor
    @staticmethod
    def backward(ctx, g):
        return g * ctx.factor, None, None
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = Scale.apply(x, 3.0, "scale")
print(y, len(y.grad_fn.next_functions))
y.sum().backward()
print(x.grad)
print(y.grad_fn.factor)
