import torch

torch.manual_seed(0)
print(torch.normal(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 2.0])))
print(torch.normal(torch.tensor([0.0, 1.0]), 2.0))
print(torch.normal(3.0, torch.tensor([1.0, 2.0])))
print(torch.normal(torch.tensor([[0.0], [1.0]]), torch.tensor([1.0, 2.0])))
print(torch.normal(2, 3, size=(1, 4)))
print(torch.normal(-1.0, 0.5, (20,)))
