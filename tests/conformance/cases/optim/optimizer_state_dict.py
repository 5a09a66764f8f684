import torch
import torch.optim as optim

w = torch.tensor([1.0, 2.0], requires_grad=True)
opt = optim.SGD([w], lr=0.1, momentum=0.9)
(w * w).sum().backward()
opt.step()
print(opt.state_dict())
adam = optim.Adam([w], lr=0.01)
adam.step()
print(adam.state_dict())
