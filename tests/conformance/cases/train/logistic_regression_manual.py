import torch
import torch.nn as nn

torch.manual_seed(1)
x = torch.randn(40, 2)
labels = ((x * torch.tensor([1.0, -2.0])).sum(dim=1) > 0.3).float()
w = torch.zeros(2, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
optimizer = torch.optim.Adam([w, b], lr=0.1)
criterion = nn.BCELoss()
for step in range(100):
    optimizer.zero_grad()
    probs = torch.sigmoid((x * w).sum(dim=1) + b)
    loss = criterion(probs, labels)
    loss.backward()
    optimizer.step()
    if step % 20 == 0:
        print(step, round(loss.item(), 4))
accuracy = ((probs > 0.5).float() == labels).float().mean()
print("accuracy", accuracy.item())
print(w, b)
