import torch
import torch.optim as optim

w = torch.tensor([1.0, -2.0], requires_grad=True)
opt = optim.Adam([w], lr=0.05, betas=(0.8, 0.99), eps=1e-6, weight_decay=0.1, amsgrad=True)
for step in range(20):
    opt.zero_grad()
    loss = (w ** 4).sum() + (w * torch.tensor([0.5, 0.1])).sum()
    loss.backward()
    opt.step()
print(w.tolist())
print(opt.state[w]["max_exp_avg_sq"].tolist())
print(opt.state[w]["exp_avg"].tolist())
