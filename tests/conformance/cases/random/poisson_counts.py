import torch

# Rates below 10 multiply uniforms; from 10 on the transformed rejection method.
rates = torch.tensor([0.0, 0.5, 3.0, 9.99, 10.0, 42.5, 1000.0, 1e6])
for seed in (0, 1, 2147483647):
    torch.manual_seed(seed)
    print(torch.poisson(rates).tolist())

g = torch.Generator().manual_seed(8)
print(torch.poisson(torch.full((2, 3), 4.0, dtype=torch.float64), generator=g))
print(torch.poisson(torch.full((3, 2), 25.0).t(), g))

r = torch.ones(3, requires_grad=True)
counts = torch.poisson(r)
print(counts.grad_fn.name(), counts.requires_grad)
counts.sum().backward()
print(r.grad)

for bad in (torch.tensor([1.0, -1.0]), torch.tensor([float("nan")]), torch.tensor([1, 2])):
    try:
        torch.poisson(bad)
    except RuntimeError as e:
        print("RuntimeError:", e)
