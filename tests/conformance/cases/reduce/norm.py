import torch

x = torch.tensor([[3.0, -4.0], [0.0, 12.0]])
print(x.norm(), torch.norm(x), x.norm(1), x.norm(float('inf')), x.norm(p=2, dim=1))
print(x.norm(dim=0, keepdim=True), x.norm(p='fro'), x.norm(3), x.norm(0))
