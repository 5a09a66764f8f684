import torch
import torch.optim as optim

w = torch.tensor([4.0], requires_grad=True)
opt = optim.SGD([w], lr=0.1)


def closure():
    opt.zero_grad()
    loss = ((w - 1) ** 2).sum()
    loss.backward()
    return loss


for _ in range(3):
    loss = opt.step(closure)
    print(loss.item(), w.item())
