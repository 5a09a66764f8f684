import torch

weights = torch.tensor([0.1, 2.0, 0.0, 3.5, 1.25, 0.7])
for seed in (0, 1, 2147483647):
    torch.manual_seed(seed)
    print(torch.multinomial(weights, 1))
    print(torch.multinomial(weights, 4))

g = torch.Generator().manual_seed(42)
print(torch.multinomial(weights, 3, generator=g))
print(weights.multinomial(2, generator=g))
print(torch.multinomial(weights.double(), 6, generator=g))

rows = torch.tensor([[1.0, 1.0, 1.0, 1.0], [0.0, 0.0, 5.0, 1.0], [0.2, 0.7, 0.1, 0.0]])
print(torch.multinomial(rows, 1, generator=torch.Generator().manual_seed(3)))
print(torch.multinomial(rows, 3, generator=torch.Generator().manual_seed(3)))
# A transposed input draws its exponentials in memory order.
print(torch.multinomial(rows.t(), 2, generator=torch.Generator().manual_seed(3)))

# Asking for every category gives a permutation weighted by the probabilities; the zero
# weights come last.
torch.manual_seed(5)
print(torch.multinomial(torch.tensor([0.0, 1.0, 0.0, 2.0, 0.0]), 5))

# Probabilities of a softmax, sampled as a language model does.
torch.manual_seed(2147483647)
logits = torch.randn(27)
print(torch.multinomial(torch.softmax(logits, dim=0), num_samples=1, replacement=True).item())

out = torch.empty(0, dtype=torch.long)
torch.multinomial(weights, 3, generator=torch.Generator().manual_seed(9), out=out)
print(out)
