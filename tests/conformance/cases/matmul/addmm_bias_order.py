import torch

# With a row-major mat2 the bias is where each sum starts; with a transposed one
# (nn.Linear's weight.t()) it is added last. The two round differently.
c = torch.tensor([[-1.05, 0.18], [-0.52, 0.42]])
a = torch.tensor([[0.5, -1.74, -1.95], [1.35, -0.96, -1.06]])
b = torch.tensor([[1.98, -0.12], [1.35, -0.09], [0.56, -1.4]])
print(torch.addmm(c, a, b).tolist())
print(torch.addmm(c, a, b.t().contiguous().t()).tolist())
