import torch

torch.set_printoptions(precision=10)


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


x = torch.tensor([0.1, 0.7, -3.3])
y = torch.tensor([1.3, -2.9, 7.7])
for w in (0.3, 0.5, 0.7, -0.4, -0.7, 1.0, 1.7, 2):
    print(w, [v.hex() for v in torch.lerp(x, y, w).double().tolist()])
print([v.hex() for v in torch.lerp(x, y, torch.tensor([0.3, 0.6, -0.6])).double().tolist()])
torch.manual_seed(0)
a, b, w = torch.randn(37), torch.randn(37), torch.rand(37) * 2 - 0.5
print(torch.lerp(a, b, w).tolist())
print(torch.lerp(a, b, 0.8).tolist())
print(torch.lerp(a.double(), b.double(), w.double()).tolist())
print(torch.lerp(torch.tensor([1.0, 2]), torch.tensor([[1.0, 2], [3, 4]]), 0.5))
s = torch.tensor([1.0, 2.0], requires_grad=True)
e = torch.tensor([3.0, 5.0], requires_grad=True)
out = torch.lerp(s, e, 0.25)
print(out)
out.sum().backward()
print(s.grad, e.grad)
s.grad = e.grad = None
wt = torch.tensor([0.25, 0.75], requires_grad=True)
out = s.lerp(e, wt)
print(out)
(out * torch.tensor([1.0, 2.0])).sum().backward()
print(s.grad, e.grad, wt.grad)
z = torch.tensor([1.0, 2.0])
print(z.lerp_(torch.tensor([3.0, 4.0]), 0.5), z)
o = torch.empty(2)
print(torch.lerp(z, z + 2, 0.5, out=o), o)
show(lambda: torch.lerp(torch.tensor([1, 2]), torch.tensor([1, 2]), 0.5))
show(lambda: torch.lerp(torch.tensor([1, 2]), torch.tensor([1, 2]), torch.tensor([1, 2])))
show(lambda: torch.lerp(torch.tensor([1.0, 2]), torch.tensor([1, 2]), 0.5))
show(lambda: torch.lerp(torch.tensor([1.0, 2]), torch.tensor([1.0, 2], dtype=torch.float64), 0.5))
show(lambda: torch.lerp(torch.tensor([1.0, 2]), torch.tensor([1.0, 2]), torch.tensor(0.5, dtype=torch.float64)))
show(lambda: torch.lerp(torch.tensor([1.0, 2]), torch.tensor([1.0, 2, 3]), 0.5))
show(lambda: torch.tensor([1.0, 2]).lerp_(torch.tensor([[1.0, 2]]), 0.5))
show(lambda: torch.lerp(torch.tensor([1.0, 2]), torch.tensor([1.0, 2]), "a"))
