import torch

X = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
W = torch.tensor([[0.1, -0.2], [0.3, 0.4]], requires_grad=True)
b = torch.tensor([0.5, -0.5], requires_grad=True)
out = X @ W.t() + b
print(out)
loss = (out ** 2).mean()
print(loss)
loss.backward()
print(W.grad)
print(b.grad)
