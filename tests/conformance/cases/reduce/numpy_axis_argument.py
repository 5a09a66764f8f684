import torch

x = torch.tensor([[1.0, 5.0], [3.0, 2.0]])
print(x.sum(axis=0), torch.mean(x, axis=1), x.prod(axis=1, keepdim=True))
print(x.max(axis=0), torch.min(x, axis=1).indices)
print(x.argmax(axis=1), x.std(axis=0), x.amax(axis=1), (x > 2).any(axis=0))
