import torch

print(torch.tensor([[1, 2], [3, 4]]))
print(torch.tensor(((1.5, 2.5), (3.5, 4.5))))
print(torch.tensor([[[1], [2]], [[3], [4]]]).shape)
print(torch.tensor(range(4)))
