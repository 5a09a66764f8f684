import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
p = x ** 2
q = p + x
print(p.grad_fn._saved_exponent, (x ** 0.5).grad_fn._saved_exponent, q.grad_fn._saved_alpha)
q.sum().backward()
print(p.grad_fn._saved_exponent)
