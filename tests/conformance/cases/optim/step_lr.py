import torch
import torch.optim as optim

w = torch.tensor([0.0], requires_grad=True)
opt = optim.SGD([w], lr=1.0)
sched = optim.lr_scheduler.StepLR(opt, step_size=3, gamma=0.5)
for epoch in range(10):
    opt.step()
    sched.step()
    print(epoch, sched.get_last_lr(), opt.param_groups[0]["lr"])
print(opt)
