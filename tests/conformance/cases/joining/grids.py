import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0, 5.0])
x, y = torch.meshgrid(a, b, indexing='ij')
print(x, y, type(x.grad_fn).__name__)
x, y = torch.meshgrid([a, b], indexing='xy')
print(x, y, x.shape, x.is_contiguous())
(x * y).sum().backward()
print(a.grad)
print(torch.cartesian_prod(torch.tensor([1, 2]), torch.tensor([3, 4]), torch.tensor([5])))
print(torch.cartesian_prod(b), torch.meshgrid(torch.tensor(3.0), b, indexing='ij')[0])
try:
    torch.meshgrid(a, b, indexing='foo')
except RuntimeError as e:
    print("RuntimeError:", e)
