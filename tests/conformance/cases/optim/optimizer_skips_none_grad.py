import torch
import torch.optim as optim

a = torch.tensor([1.0], requires_grad=True)
b = torch.tensor([2.0], requires_grad=True)
opt = optim.Adam([a, b], lr=0.5)
(a * 3).sum().backward()
opt.step()
print(a, b, b.grad)
print(len(opt.state))
opt.zero_grad(set_to_none=True)
print(a.grad)
