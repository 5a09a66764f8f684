import torch
import torch.optim as optim

w = torch.tensor([2.0, -3.0], requires_grad=True)
opt = optim.SGD([w], lr=0.05, momentum=0.9)
for step in range(30):
    opt.zero_grad()
    loss = (w * w * torch.tensor([1.0, 4.0])).sum()
    loss.backward()
    opt.step()
    if step % 5 == 4:
        print(step, w.tolist(), loss.item())
