import torch

# var sums in PyTorch's order: over everything, the squared deviations in order after the
# mean; along a dim, Welford's one-pass update. Printed in full.
x = torch.tensor([0.462, -1.37, -1.94, 0.114, -1.762, -1.239, -1.032, -1.88, -0.144], dtype=torch.float64)
print(x.var().item(), x.std(unbiased=False).item())
rows = torch.tensor([[-0.19, 0.239, 1.697, -0.137, 0.031], [0.35, -1.261, 0.048, 0.52, 1.172]], dtype=torch.float64)
print(rows.var(dim=1).tolist())
