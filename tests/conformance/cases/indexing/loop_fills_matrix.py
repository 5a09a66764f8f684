import torch

m = torch.zeros(3, 3)
for i in range(3):
    for j in range(3):
        m[i, j] = i * 3 + j
print(m)
print(m[1:, 1:].sum(), m.t()[0])
