import torch


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
print(torch.clamp_min(a, 2), torch.clamp_max(a, 2))
print(a.clamp_min(torch.tensor(2.0)), a.clamp_max(torch.tensor([2.0, 1.0, 5.0])))
hi = torch.tensor([2.0, 1.0, 5.0], requires_grad=True)
out = torch.clamp_max(a, hi)
out.sum().backward()
print(a.grad, hi.grad)
a.grad = None
torch.clamp_min(a, 2.5).sum().backward()
print(a.grad)
print(torch.clamp_min(torch.tensor([1, 2, 3]), 2.5), torch.clamp_max(torch.tensor([1, 2, 3]), 2))
print(torch.clamp_min(torch.tensor([1.0, float("nan")]), 0))
x = torch.tensor([1.0, 5.0])
print(x.clamp_min_(2), x.clamp_max_(3), x)
print(torch.clamp_min_(x, 4), x)
o = torch.empty(2)
print(torch.clamp_max(x, 1, out=o), o)
show(lambda: torch.tensor([1, 2, 3]).clamp_min_(2.5))
show(lambda: torch.clamp_max(torch.tensor([1, 2, 3]), None))
