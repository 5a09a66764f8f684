import torch
import torch.optim as optim

w = torch.tensor([0.0], requires_grad=True)
opt = optim.SGD([w], lr=0.1)
multi = optim.lr_scheduler.MultiStepLR(opt, milestones=[2, 5], gamma=0.1)
lrs = []
for epoch in range(7):
    opt.step()
    multi.step()
    lrs.append(multi.get_last_lr()[0])
print(lrs)
opt2 = optim.SGD([w], lr=0.5)
expo = optim.lr_scheduler.ExponentialLR(opt2, gamma=0.9)
for epoch in range(4):
    opt2.step()
    expo.step()
    print(expo.get_last_lr())
print(expo.state_dict())
