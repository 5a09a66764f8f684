import torch

torch.set_printoptions(precision=10)


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


x = torch.tensor([0.1, 0.7, -3.3])
y = torch.tensor([1.3, -2.9, 7.7])
print([v.hex() for v in torch.addcmul(x, y, x, value=0.1).double().tolist()])
print([v.hex() for v in torch.addcdiv(x, y, x, value=0.1).double().tolist()])
torch.manual_seed(0)
a, b, c = torch.randn(37), torch.randn(37), torch.randn(37)
print(torch.addcmul(a, b, c, value=0.3).tolist())
print(torch.addcmul(a.double(), b.double(), c.double(), value=0.3).tolist())
print(torch.addcmul(torch.tensor([1, 2]), torch.tensor([1, 2]), torch.tensor([3, 4]), value=-2.7))
print(torch.addcmul(torch.tensor([1, 2]), torch.tensor([1.0, 2]), torch.tensor([3, 4])))
print(torch.addcmul(torch.tensor(1.0), torch.tensor([1.0, 2]), torch.tensor([[1.0], [2]]), value=0.5))
print(torch.addcdiv(torch.tensor([1.0, 2]), torch.tensor([1.0, 2]), torch.tensor([0.0, 2]), value=2))
print(torch.addcdiv(torch.tensor([1, 2]), torch.tensor([3.0, 1]), torch.tensor([2, 4])))
p = torch.tensor([1.0, 2.0], requires_grad=True)
t1 = torch.tensor([3.0, -1.0], requires_grad=True)
t2 = torch.tensor([[0.5], [2.0]], requires_grad=True)
out = torch.addcmul(p, t1, t2, value=1.5)
print(out)
out.sum().backward()
print(p.grad, t1.grad, t2.grad)
for t in (p, t1, t2):
    t.grad = None
out = p.addcdiv(t1, t2, value=-2)
print(out)
out.sum().backward()
print(p.grad, t1.grad, t2.grad)
z = torch.tensor([1.0, 2.0])
print(z.addcmul_(torch.tensor([3.0, 4.0]), torch.tensor([2.0, 2.0]), value=0.5), z)
print(z.addcdiv_(torch.tensor([3.0, 4.0]), torch.tensor([2.0, 2.0])), z)
o = torch.empty(2)
print(torch.addcmul(z, z, z, out=o), o)
show(lambda: torch.addcdiv(torch.tensor([1, 2]), torch.tensor([1, 2]), torch.tensor([3, 4])))
show(lambda: torch.addcdiv(torch.tensor([1.0, 2]), torch.tensor([1, 2]), torch.tensor([True, False])))
show(lambda: torch.addcmul(torch.tensor([True]), torch.tensor([True]), torch.tensor([True])))
show(lambda: torch.addcmul(torch.tensor([1.0, 2]), torch.tensor([1.0, 2]), torch.tensor([1.0, 2, 3])))
show(lambda: torch.addcmul(torch.tensor([1.0, 2]), torch.tensor([1.0, 2]), 3))
show(lambda: torch.tensor([1, 2]).addcmul_(torch.tensor([1.0, 2]), torch.tensor([3.0, 4])))
show(lambda: torch.tensor([1.0, 2]).addcmul_(torch.tensor([[1.0, 2]]), torch.tensor([3.0, 4])))
show(lambda: torch.addcmul(p, p, p, out=torch.empty(2)))
