import torch

w = torch.tensor([[1.0, 2.0, 3.0]], requires_grad=True)
v = torch.tensor(5.0, requires_grad=True)
y = w.masked_fill(torch.tensor([True, False, True]), v)
print(y)
(y * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(w.grad, v.grad)
z = (w * 1).masked_fill(torch.tensor([False, True, False]), 0.0)
print(z, [type(f).__name__ for f, _ in z.grad_fn.next_functions])
try:
    w.masked_fill_(torch.tensor([True, False, True]), 0.0)
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
