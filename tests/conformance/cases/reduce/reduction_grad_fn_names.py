import torch

x = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
for y in (x.sum(), x.sum(0), x.mean(), x.mean(1), x.prod(), x.prod(0), x.max(), x.max(0).values, x.amax(0),
          x.std(), x.var(0), x.norm(), x.min(), x.min(1)[0]):
    print(type(y.grad_fn).__name__)
