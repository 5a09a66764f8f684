import torch

a = torch.arange(24.0).reshape(2, 3, 4)
b = torch.arange(12.0).reshape(4, 3) / 4
print(torch.tensordot(a, b, dims=1).shape, torch.tensordot(a, b.t(), dims=2))
print(torch.tensordot(a, b, dims=([1, 2], [1, 0])), torch.tensordot(torch.ones(3), torch.ones(3), dims=0).shape)
x = torch.ones(2, 3, requires_grad=True)
t = torch.tensordot(x, torch.ones(3, 4), dims=1)
t.sum().backward()
print(t.grad_fn.name(), x.grad)
for bad in (lambda: torch.tensordot(torch.ones(2, 3), torch.ones(2, 3), dims=1),
            lambda: torch.tensordot(torch.ones(2), torch.ones(2), dims=-1)):
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
