import torch
import torch.nn as nn


class Line(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.randn(1))
        self.b = nn.Parameter(torch.zeros(1))

    def forward(self, x):
        return self.w * x + self.b


torch.manual_seed(0)
x = torch.rand(21) * 2
y = 1.5 * x - 0.7 + 0.05 * torch.randn(21)
model = Line()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
loss_fn = nn.MSELoss()
for epoch in range(300):
    optimizer.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    optimizer.step()
    if epoch % 60 == 0:
        print(f"epoch {epoch:3d}: loss {loss.item():.6f}")
print(model.w.item(), model.b.item())
print(dict(model.named_parameters()))
