import torch
import torch.optim as optim

w = torch.tensor([0.0, 1.0], requires_grad=True)
opt = optim.SGD([w], lr=0.2, momentum=0.5, dampening=0.5, maximize=True)
for step in range(5):
    opt.zero_grad()
    reward = -((w - torch.tensor([1.0, -1.0])) ** 2).sum()
    reward.backward()
    opt.step()
    print(step, w.tolist())
