import torch

x = torch.tensor([[1.0, 2.0, 3.0], [-1.0, 0.0, 100.0]])
print(torch.logsumexp(x, dim=1), x.logsumexp(0, keepdim=True), torch.logsumexp(x, (0, 1)))
print(torch.logsumexp(torch.tensor([float('-inf'), float('-inf')]), 0), torch.logsumexp(torch.tensor([1, 2]), 0))
y = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
l = torch.logsumexp(y, 0)
l.backward()
print(l, y.grad)
