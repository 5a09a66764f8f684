import torch
import torch.optim as optim

w = torch.tensor([0.0], requires_grad=True)
opt = optim.Adam([w], lr=0.01)
sched = optim.lr_scheduler.LambdaLR(opt, lr_lambda=lambda epoch: 1.0 / (epoch + 1))
for epoch in range(5):
    opt.step()
    sched.step()
    print(epoch, sched.get_last_lr())
