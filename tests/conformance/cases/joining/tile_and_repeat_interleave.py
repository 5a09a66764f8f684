import torch

x = torch.tensor([[1, 2], [3, 4]])
print(torch.tile(x, (2,)), x.tile(2, 1, 2).shape, torch.tile(torch.tensor([1.0, 2.0]), (2, 2)))
print(torch.repeat_interleave(x, 2), x.repeat_interleave(torch.tensor([1, 2]), dim=0), torch.repeat_interleave(x, 3, dim=1))
print(torch.repeat_interleave(torch.tensor([2, 0, 1])), torch.repeat_interleave(x, torch.tensor(2), dim=0))
a = torch.tensor([1.0, 2.0], requires_grad=True)
r = a.repeat_interleave(torch.tensor([1, 3]))
r.sum().backward()
print(r, a.grad, torch.tile(a, (2,)).grad_fn.name())
try:
    torch.repeat_interleave(a, torch.tensor([1, 2, 3]))
except RuntimeError as e:
    print("RuntimeError:", e)
