import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
for y in (x ** 2, x ** 0.5, x ** x, 2 ** x, torch.pow(2, x), torch.pow(x, torch.tensor(2.0)), x.pow(3)):
    print(y, type(y.grad_fn).__name__)
