import torch

torch.set_printoptions(precision=10)
a = torch.tensor([3.0, -5.0, 0.0, 1e-3], requires_grad=True)
b = torch.tensor([4.0, 12.0, -2.0, 7.5], requires_grad=True)
out = torch.hypot(a, b)
print(out)
out.backward(torch.tensor([1.0, 2.0, -1.0, 0.5]))
print(a.grad, b.grad)
print(a.hypot(b.detach()).dtype, torch.hypot(torch.tensor([3], dtype=torch.int32), torch.tensor([4.0], dtype=torch.float64)))
x = torch.tensor([[3.0], [6.0]])
print(x.hypot(torch.tensor([4.0, 8.0])))
y = torch.tensor([3.0, 5.0])
print(y.hypot_(torch.tensor([4.0, 12.0])), y)
for f in (lambda: torch.hypot(torch.tensor([3]), torch.tensor([4])),
          lambda: torch.hypot(torch.tensor([True]), torch.tensor([True])),
          lambda: torch.hypot(torch.tensor([3.0]), 4),
          lambda: torch.tensor([3.0]).hypot_(4.0),
          lambda: torch.tensor([3]).hypot_(torch.tensor([4.0]))):
    try:
        f()
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)
