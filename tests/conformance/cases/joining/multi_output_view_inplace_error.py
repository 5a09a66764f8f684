import torch

x = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
y = x * 1
for code in ["for r in x: r += 1", "for r in y: r += 1", "y.split(1)[0].mul_(2)", "y.chunk(2)[1].zero_()"]:
    try:
        exec(code)
    except RuntimeError as e:
        print(code, "->", e)
z = torch.zeros(2, 2)
for r in z:
    r += 1
print(z)
