# A gradient penalty through a small CNN (convolution, pooling, activations, a loss): the
# penalty on the input gradient is trained with SGD, which differentiates every backward
# formula again, down to the convolution weights.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_default_dtype(torch.float64)
net = nn.Sequential(
    nn.Conv2d(1, 3, 3, padding=1), nn.GELU(), nn.MaxPool2d(2),
    nn.Conv2d(3, 4, 2), nn.Softplus(), nn.AvgPool2d(2, stride=1), nn.AdaptiveAvgPool2d(1), nn.Flatten(),
    nn.Linear(4, 3))
opt = torch.optim.SGD(net.parameters(), lr=0.05)
images = torch.randn(5, 1, 8, 8, requires_grad=True)
labels = torch.tensor([0, 2, 1, 1, 0])
for step in range(3):
    loss = F.cross_entropy(net(images), labels)
    (slope,) = torch.autograd.grad(loss, images, create_graph=True)
    penalty = slope.pow(2).sum()
    opt.zero_grad()
    (loss + 10 * penalty).backward()
    opt.step()
    print(step, f"{loss.item():.10f}", f"{penalty.item():.10e}")
torch.set_printoptions(precision=6)
print(net[0].weight.grad[0])
print(net[3].bias.grad)

# The same for a regression head: mse_loss and hardtanh in between.
torch.manual_seed(1)
w = torch.randn(2, 1, 3, 3, requires_grad=True)
head = torch.randn(2, requires_grad=True)
x = torch.randn(3, 1, 5, 5, requires_grad=True)
target = torch.randn(3)
features = F.hardtanh(F.conv2d(x, w), -0.5, 0.5).mean((2, 3))
loss = F.mse_loss(features @ head, target)
(slope,) = torch.autograd.grad(loss, x, create_graph=True)
w_grad, head_grad = torch.autograd.grad(slope.abs().sum(), (w, head))
print(w_grad)
print(head_grad)
