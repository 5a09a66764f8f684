# torch.xlogy / torch.special.xlogy: x·log(y), 0 where x is 0 (unless y is nan); tensors or a
# number on either side, in place, integer promotion, gradients and their nodes.
import torch

torch.set_printoptions(precision=10)
torch.manual_seed(0)
x = torch.tensor([0.0, 1.0, 2.5, -1.5, 0.0, 3.0, 1.0])
y = torch.tensor([0.0, 0.0, 3.0, 2.0, float("nan"), -1.0, float("inf")])
print(torch.xlogy(x, y), torch.special.xlogy(x, y), x.xlogy(y))
a = torch.rand(40) * 3
b = torch.rand(40) * 20 + 0.01
print(torch.xlogy(a, b).tolist())
print(torch.xlogy(a.double(), b.double()).tolist())
print(torch.xlogy(x, 2.0), torch.xlogy(2, y), torch.xlogy(torch.tensor([1, 2, 0]), torch.tensor([3, 4, 5])))
z = torch.tensor([1.0, 2.0, 4.0])
z.xlogy_(torch.tensor([2.0, 0.5, 1.0]))
print(z)
p = torch.tensor([0.0, 0.5, 2.0], requires_grad=True)
q = torch.tensor([1.5, 2.0, 0.5], requires_grad=True)
r = torch.xlogy(p, q)
r.sum().backward()
print(r, p.grad, q.grad)
print(type(torch.xlogy(p, 3.0).grad_fn).__name__, type(torch.xlogy(3.0, q).grad_fn).__name__)
try:
    torch.tensor([1, 2]).xlogy_(torch.tensor([1.0, 2.0]))
except RuntimeError as e:
    print("RuntimeError:", e)
