import torch

# The 1- and 2-norms accumulate in float32 in PyTorch's order. Printed in full.
v = torch.tensor([1.45, 0.78, -0.96, -0.53, -1.33, 1.09, 0.13, 1.12, -0.68, -1.11, 1.25, 1.94, 1.41, 1.22, 1.27, 0.96])
print(v.norm().item(), v.norm(p=1).item(), v.reshape(8, 2).norm(dim=0).tolist())
