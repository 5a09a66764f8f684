import torch

x = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], requires_grad=True)
total = 0
for i, row in enumerate(x):
    total = total + row.sum() * (i + 1)
print(total)
total.backward()
print(x.grad)
