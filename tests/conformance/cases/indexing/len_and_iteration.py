import torch

x = torch.tensor([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])

print(len(x), len(x[0]))
for row in x:
    print(row)
a, b, c = x
print(c)
print([int(v) for v in x[0]])
try:
    len(torch.tensor(1.0))
except (TypeError) as e:
    print(type(e).__name__ + ":", e)
try:
    list(torch.tensor(1.0))
except (TypeError) as e:
    print(type(e).__name__ + ":", e)
