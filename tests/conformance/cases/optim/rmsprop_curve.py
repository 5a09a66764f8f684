import torch
import torch.optim as optim

w = torch.tensor([2.0, -2.0], requires_grad=True)
opt = optim.RMSprop([w], lr=0.01)
for step in range(40):
    opt.zero_grad()
    loss = (w ** 2).sum()
    loss.backward()
    opt.step()
    if step % 10 == 9:
        print(step, w.tolist())
v = torch.tensor([1.0, 0.5], requires_grad=True)
opt2 = optim.RMSprop([v], lr=0.01, momentum=0.9, centered=True, weight_decay=0.01, alpha=0.9)
for step in range(10):
    opt2.zero_grad()
    (v ** 2).sum().backward()
    opt2.step()
print(v.tolist())
print(sorted(opt2.state[v].keys()), opt2.state[v]["step"])
