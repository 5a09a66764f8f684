import torch
import torch.optim as optim

w = torch.tensor([3.0, -1.0], requires_grad=True)
opt = optim.AdamW([w], lr=0.1, weight_decay=0.05)
for step in range(25):
    opt.zero_grad()
    loss = ((w - 1.0) ** 2).sum()
    loss.backward()
    opt.step()
    if step % 5 == 0:
        print(step, w.tolist())
print(opt)
