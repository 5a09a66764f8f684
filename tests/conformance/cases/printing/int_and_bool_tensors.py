import torch

print(torch.tensor([-1, 10, 100]))
print(torch.tensor([[True, False], [False, True]]))
print(torch.tensor([1, 2], dtype=torch.int32), torch.tensor(5, dtype=torch.int32))
print(torch.tensor([], dtype=torch.int64), torch.tensor([], dtype=torch.bool))
