import torch
import torch.optim as optim

w = torch.tensor([0.5, -1.5, 3.0], requires_grad=True)
opt = optim.Adam([w], lr=0.1)
for step in range(50):
    opt.zero_grad()
    loss = ((w - torch.tensor([1.0, 2.0, -1.0])) ** 2).sum()
    loss.backward()
    opt.step()
    if step % 10 == 9:
        print(step, w.tolist(), loss.item())
print(opt.state[w]["step"])
