import torch

x = torch.tensor([1.0, 2.0, 4.0], requires_grad=True)
for value in (2 + x, 2 - x, 2 * x, 2 / x, x + 2, x - 2, x * 2, x / 2, -x, x ** 2):
    print(value)
