import torch

# prod multiplies 32 floats in PyTorch's vectorised order. Printed in full.
p = torch.tensor([0.96, 0.87, 0.64, 1.37, 0.51, 1.0, 1.4, 0.58, 1.05, 1.12, 0.54, 0.88, 1.2, 0.95, 1.23, 0.66,
                  0.74, 0.61, 1.01, 1.42, 1.09, 1.27, 0.88, 1.25, 0.6, 0.79, 1.17, 1.23, 0.92, 0.59, 0.77, 0.71])
print(p.prod().item(), p.reshape(2, 16).prod(dim=0).tolist()[:3])
