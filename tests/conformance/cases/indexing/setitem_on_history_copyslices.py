import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = w * 2
y[0] = 5
print(y)
y.sum().backward()
print(w.grad)
