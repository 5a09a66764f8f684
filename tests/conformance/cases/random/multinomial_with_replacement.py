import torch

# Weights need not sum to one; each row is normalised in its own dtype before the draws.
weights = torch.tensor([0.1, 2.0, 0.0, 3.5, 1.25])
for seed in (0, 1, 2147483647):
    torch.manual_seed(seed)
    print(torch.multinomial(weights, 12, replacement=True))

g = torch.Generator().manual_seed(42)
print(torch.multinomial(weights, 6, True, generator=g))
print(weights.multinomial(6, replacement=True, generator=g))
print(torch.multinomial(weights.double(), 6, True, generator=g))

rows = torch.tensor([[1.0, 1.0, 1.0], [0.0, 0.0, 5.0], [0.2, 0.7, 0.1]])
print(torch.multinomial(rows, 8, True, generator=torch.Generator().manual_seed(3)))
print(torch.multinomial(rows.t(), 4, True, generator=torch.Generator().manual_seed(3)))

# One category: every draw lands on it.
print(torch.multinomial(torch.tensor([[2.5]]), 3, True))

# More samples than categories are fine with replacement.
torch.manual_seed(7)
counts = torch.zeros(4, dtype=torch.long)
for i in torch.multinomial(torch.tensor([1.0, 2.0, 3.0, 4.0]), 1000, True).tolist():
    counts[i] += 1
print(counts)
print(torch.rand(2))  # the generator has moved on by exactly the draws PyTorch made
