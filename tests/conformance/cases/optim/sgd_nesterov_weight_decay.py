import torch
import torch.optim as optim

w = torch.tensor([1.5, -0.5, 0.25], requires_grad=True)
opt = optim.SGD([w], lr=0.1, momentum=0.8, nesterov=True, weight_decay=0.01)
for step in range(10):
    opt.zero_grad()
    loss = ((w - torch.tensor([0.3, 0.2, 0.1])) ** 2).sum()
    loss.backward()
    opt.step()
print(w.tolist())
print(opt.state[w]["momentum_buffer"].tolist())
try:
    optim.SGD([w], lr=0.1, nesterov=True)
except ValueError as e:
    print("ValueError:", e)
