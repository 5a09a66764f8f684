import torch

A = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
B = torch.tensor([[1.0, 0.0, -1.0], [2.0, 1.0, 0.5]])

print(A.t() @ A)
print(A @ A.t())
print(B.t() @ B.t().t())
print((A.t() @ A.t().t()).is_contiguous())
