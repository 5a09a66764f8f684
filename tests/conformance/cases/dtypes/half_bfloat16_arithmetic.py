import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

for dt in (torch.float16, torch.bfloat16):
    a = torch.tensor([0.5, 1.5, -2.25], dtype=dt)
    b = torch.tensor([3.0, 0.25, 2.0], dtype=dt)
    print(a + b, a - b, a * b, a / b)
    print(a * 0.1, a + 1, (a * 0.1).dtype, a ** 2, -a, a.abs())
    print(a.sum(), a.mean(), a.max(), a.min(), a.argmax())
    print(a > 0, a == b, torch.maximum(a, b))
    show(lambda: a.exp())
    show(lambda: a.sqrt())
    show(lambda: torch.sigmoid(a))
    show(lambda: a.view(1, 3).mm(b.view(3, 1)))
    show(lambda: a @ b)
