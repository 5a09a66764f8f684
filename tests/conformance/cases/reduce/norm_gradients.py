import torch

x = torch.tensor([3.0, -4.0], requires_grad=True)
x.norm().backward()
print(x.grad)
z = torch.zeros(2, requires_grad=True)
z.norm().backward()
print(z.grad)
w = torch.tensor([3.0, -4.0, 4.0], requires_grad=True)
w.norm(float('inf')).backward()
print(w.grad)
