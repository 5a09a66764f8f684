# Lessons built on second derivatives: Newton's method and a gradient penalty.
import torch

# Newton's method on f(x) = x⁴ - 3x² + 2 from x = 2.
x = torch.tensor(2.0, requires_grad=True)
for step in range(5):
    f = x ** 4 - 3 * x ** 2 + 2
    (g,) = torch.autograd.grad(f, x, create_graph=True)
    (h,) = torch.autograd.grad(g, x)
    with torch.no_grad():
        x -= g / h
    print(step, round(x.item(), 6))

# A gradient penalty: how steep a small network is at its input, trained to be gentle.
torch.manual_seed(0)
net = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.Tanh(), torch.nn.Linear(4, 1))
opt = torch.optim.SGD(net.parameters(), lr=0.1)
points = torch.randn(5, 3, requires_grad=True)
for step in range(3):
    out = net(points)
    (slope,) = torch.autograd.grad(out.sum(), points, create_graph=True)
    penalty = ((slope.norm(2, dim=1) - 1) ** 2).mean()
    opt.zero_grad()
    penalty.backward()
    opt.step()
    print(step, penalty.item())
print(net[0].weight.grad)
