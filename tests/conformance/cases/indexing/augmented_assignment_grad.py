import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
z = w.clone()
z[1] *= 10
print(z)
z.sum().backward()
print(w.grad)
