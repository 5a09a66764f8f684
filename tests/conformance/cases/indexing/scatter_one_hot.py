import torch

labels = torch.tensor([2, 0, 1])
one_hot = torch.zeros_like(torch.tensor([[0.0] * 4] * 3)).scatter_(1, labels.unsqueeze(1), 1.0)
print(one_hot)
print(torch.tensor([[0, 0, 0], [0, 0, 0]]).scatter(1, torch.tensor([[1], [2]]), 7))
src = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
print(torch.zeros_like(torch.tensor([[0.0] * 3] * 2)).scatter(1, torch.tensor([[0, 2], [1, 0]]), src))
print(torch.scatter(torch.tensor([0.0, 0.0, 0.0]), 0, torch.tensor([2]), torch.tensor([5.0])))
