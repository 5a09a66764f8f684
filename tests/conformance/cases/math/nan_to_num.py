import torch


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


x = torch.tensor([float("nan"), float("inf"), -float("inf"), 1.5])
print(torch.nan_to_num(x))
print(torch.nan_to_num(x.double()))
print(torch.nan_to_num(x, nan=2.0, posinf=3))
print(x.nan_to_num(neginf=-1), torch.nan_to_num(x, 1e300))
print(torch.nan_to_num(torch.tensor([1, 2]), nan=2.5), torch.nan_to_num(torch.tensor([True])))
y = x.clone()
print(y.nan_to_num_(neginf=-7), y)
print(torch.nan_to_num_(y, 0.0), y)
o = torch.empty(4)
print(torch.nan_to_num(x, out=o), o)
g = torch.tensor([float("nan"), 2.0, float("inf")], requires_grad=True)
out = torch.nan_to_num(g)
print(out)
out.sum().backward()
print(g.grad)
