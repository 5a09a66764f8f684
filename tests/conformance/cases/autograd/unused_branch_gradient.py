import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
parts = x.unbind()
loss = parts[0] * 2 + parts[2] ** 2
loss.backward()
print(x.grad)
