import torch

X = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
W = torch.tensor([[0.5, -1.0], [1.5, 2.0]], requires_grad=True)
h = (X @ W).t()[0]
out = (h * torch.tensor([1.0, 2.0])).sum()
out.backward()
print(h)
print(W.grad)
