import torch

x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
print(x.prod(), x.prod(0), x.prod(1, keepdim=True), torch.prod(x))
print(torch.tensor([1, 2, 3]).prod(), torch.tensor([True, True]).prod(), torch.tensor([]).prod())
