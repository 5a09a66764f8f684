import torch

x = torch.tensor([1.0], requires_grad=True)
try:
    torch.autograd.Function.apply(x)
except (NotImplementedError) as e:
    print(type(e).__name__ + ":", e)

class NoBackward(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a):
        return a * 2
try:
    NoBackward.apply(x).sum().backward()
except (NotImplementedError) as e:
    print(type(e).__name__ + ":", e)
