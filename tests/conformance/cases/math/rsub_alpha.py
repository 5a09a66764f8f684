import torch

# rsub(input, other, alpha) = other - alpha * input, with RsubBackward0 for a tensor other
# and RsubBackward1 for a number, as PyTorch names them.
a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 5.0], requires_grad=True)
print(torch.rsub(a, b), torch.rsub(a, 3))
y = torch.rsub(a, b, alpha=2)
print(y, y.grad_fn._saved_alpha)
print(torch.rsub(a, 3, alpha=0.5))
y.sum().backward()
print(a.grad, b.grad)
