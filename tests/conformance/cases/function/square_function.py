import torch

class Square(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x
    @staticmethod
    def backward(ctx, grad_output):
        x, = ctx.saved_tensors
        return grad_output * 2 * x
x = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
y = Square.apply(x)
print(y)
print(type(y.grad_fn).__name__, y.grad_fn.name())
print([type(f).__name__ for f, _ in y.grad_fn.next_functions])
y.sum().backward()
print(x.grad)
