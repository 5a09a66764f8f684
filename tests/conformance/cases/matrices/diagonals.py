import torch

m = torch.arange(12.0).reshape(3, 4)
print(torch.diagonal(m), m.diagonal(1), m.diagonal(offset=-1), torch.diagonal(torch.ones(2, 2, 3), dim1=1, dim2=2))
print(torch.diag(torch.tensor([1.0, 2.0])), torch.diag(torch.tensor([1, 2]), 1), m.diag(), torch.diag(m, -1))
print(torch.diag_embed(torch.tensor([[1.0, 2.0], [3.0, 4.0]])), torch.diag_embed(torch.tensor([1, 2]), offset=-1))
print(torch.trace(m), torch.trace(torch.arange(9).view(3, 3)))
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
for result in (x.diagonal(), torch.diag(x), torch.trace(x), torch.diag_embed(x)):
    x.grad = None
    result.sum().backward()
    print(result.grad_fn.name(), x.grad)
v = torch.tensor([1.0, 2.0], requires_grad=True)
torch.diag(v, 1).sum().backward()
print(v.grad)
for bad in (lambda: torch.diag(torch.ones(2, 2, 2)), lambda: torch.trace(torch.ones(2))):
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
