# BatchNorm in training (batch statistics) and eval (running statistics), printed to every
# digit, with the running statistics after several steps.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.set_printoptions(precision=10)
torch.manual_seed(0)

bn = nn.BatchNorm1d(3)
for step in range(3):
    x = torch.randn(5, 3) * 2 + 1
    y = bn(x)
print(y)
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
bn.eval()
print(bn(torch.randn(4, 3)))

seq = nn.BatchNorm1d(4, momentum=None)
for step in range(4):
    seq(torch.randn(3, 4, 6))
print(seq.running_mean, seq.running_var, seq.num_batches_tracked)

image = nn.BatchNorm2d(2, eps=1e-3, momentum=0.3)
with torch.no_grad():
    image.weight.copy_(torch.tensor([1.5, -0.5]))
    image.bias.copy_(torch.tensor([0.25, 2.0]))
x = torch.randn(2, 2, 3, 3)
print(image(x))
print(image.running_mean, image.running_var)
image.eval()
print(image(x))

plain = nn.BatchNorm3d(2, affine=False, track_running_stats=False)
print(plain(torch.randn(2, 2, 2, 2, 3)))
plain.eval()
print(plain(torch.randn(2, 2, 1, 2, 2)))

x64 = torch.randn(6, 3, dtype=torch.float64)
rm, rv = torch.zeros(3, dtype=torch.float64), torch.ones(3, dtype=torch.float64)
print(F.batch_norm(x64, rm, rv, training=True, momentum=0.2))
print(rm, rv)
print(F.batch_norm(torch.randn(4, 3, 5, dtype=torch.float64), rm, rv, training=False))
