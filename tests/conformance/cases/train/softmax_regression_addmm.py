import torch
import torch.nn.functional as F

torch.manual_seed(2)
x = torch.randn(30, 3)
labels = torch.randint(0, 3, (30,))
W = (0.1 * torch.randn(3, 3)).requires_grad_()
b = torch.zeros(3, requires_grad=True)
optimizer = torch.optim.SGD([W, b], lr=0.5, momentum=0.5)
for step in range(40):
    optimizer.zero_grad()
    logits = torch.addmm(b, x, W)
    loss = F.cross_entropy(logits, labels)
    loss.backward()
    optimizer.step()
    if step % 10 == 0:
        print(step, f"{loss.item():.5f}")
print(W)
print(b)
