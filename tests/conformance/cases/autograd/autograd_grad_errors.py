import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
z = torch.tensor([1.0, 2.0], requires_grad=True)
try:
    torch.autograd.grad((x * 2).sum(), [x, z])
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)

print(torch.autograd.grad((x * 2).sum(), [x, z], allow_unused=True))
try:
    torch.autograd.grad((x * 2).sum(), torch.ones(2))
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.autograd.grad(x * 2, x)
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)

y = (x * x).sum()
torch.autograd.grad(y, x)
try:
    torch.autograd.grad(y, x)
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)

y = (x * x).sum()
print(torch.autograd.grad(y, x, retain_graph=True), torch.autograd.grad(y, x))

# An empty input list is refused, and no leaf's .grad is filled.
for empty in ([], ()):
    try:
        torch.autograd.grad((x * 3).sum(), empty)
    except ValueError as e:
        print(type(e).__name__ + ":", e)
print(x.grad)
