import torch

# A Python number operand has no edge of its own where PyTorch has a separate overload for it
# (rsub, remainder, pow with a number base); elsewhere it is a wrapped tensor with an empty edge.
x = torch.tensor([1.5, 2.5], requires_grad=True)
for name, y in [("1 - x", 1 - x), ("x - 1", x - 1), ("x * 2", x * 2), ("x % 2", x % 2), ("2 % x", 2 % x),
                ("x // 2", x // 2), ("x // x", x // x),
                ("torch.pow(2, x)", torch.pow(2, x)), ("2 ** x", 2 ** x), ("x ** 2", x ** 2)]:
    print(name, type(y.grad_fn).__name__, [type(f).__name__ if f else None for f, _ in y.grad_fn.next_functions])

# Only what a needed gradient reads is saved: x * 2 keeps the 2, not x, so changing x in place
# afterwards leaves its backward intact; a * b with both needing gradients keeps both.
a = torch.tensor([1.0, 2.0], requires_grad=True)
h = a * 1
y = h * 2
h.add_(1)
y.sum().backward()
print(a.grad)
b = torch.tensor([3.0, 4.0], requires_grad=True)
h = a * 1
y = h * b
h.add_(1)
try:
    y.sum().backward()
except RuntimeError as e:
    print(str(e).split(";")[0])
