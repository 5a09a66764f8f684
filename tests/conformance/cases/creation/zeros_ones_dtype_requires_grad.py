import torch

print(torch.zeros(2, dtype=torch.int64), torch.ones(2, dtype=torch.bool))
w = torch.ones(3, requires_grad=True)
print(w, w.is_leaf)
