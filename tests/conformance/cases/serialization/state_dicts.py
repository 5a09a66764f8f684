import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.BatchNorm1d(4), nn.Linear(4, 2))
with torch.no_grad():
    for i, p in enumerate(model.parameters()):
        p.copy_(torch.linspace(-1, 1, p.numel()).reshape(p.shape) / (i + 1))

optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
for _ in range(3):
    optimizer.zero_grad()
    model(torch.linspace(-2, 2, 15).reshape(5, 3)).pow(2).mean().backward()
    optimizer.step()

torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict(), "epoch": 3}, "/tmp/checkpoint.pt")
checkpoint = torch.load("/tmp/checkpoint.pt")
print(checkpoint["model"])
print(checkpoint["model"]._metadata)
print(checkpoint["optimizer"])
print(checkpoint["epoch"])

clone = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.BatchNorm1d(4), nn.Linear(4, 2))
print(clone.load_state_dict(checkpoint["model"]))
clone_optimizer = torch.optim.Adam(clone.parameters(), lr=0.5)
clone_optimizer.load_state_dict(checkpoint["optimizer"])
print(clone_optimizer)
x = torch.linspace(-1, 1, 6).reshape(2, 3)
print(torch.equal(model.eval()(x), clone.eval()(x)))

sgd = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, nesterov=True)
model.train()
model(x).sum().backward()
sgd.step()
torch.save(sgd.state_dict(), "/tmp/sgd.pt")
print(torch.load("/tmp/sgd.pt", map_location="cpu"))
