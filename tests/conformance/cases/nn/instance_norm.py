# InstanceNorm: each sample's channels normalised alone; running statistics averaged over the
# batch; unbatched input; repr and errors.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.set_printoptions(precision=10)
torch.manual_seed(5)
print(nn.InstanceNorm1d(3), nn.InstanceNorm2d(4, affine=True, track_running_stats=True))
x = torch.randn(2, 3, 5, requires_grad=True)
y = F.instance_norm(x)
print(y)
print(y.grad_fn.name())
tracked = nn.InstanceNorm1d(3, affine=True, track_running_stats=True)
for step in range(2):
    tracked(torch.randn(4, 3, 6) * 2)
print(tracked.running_mean, tracked.running_var, tracked.num_batches_tracked)
tracked.eval()
print(tracked(torch.randn(2, 3, 4)))
print(nn.InstanceNorm2d(2)(torch.randn(2, 3, 3)))
torch.set_printoptions(precision=4)
(y * torch.arange(30.0).reshape(2, 3, 5)).sum().backward()
print(x.grad)
for module, z in [(nn.InstanceNorm1d(3), torch.randn(2, 3, 4, 5)), (nn.InstanceNorm2d(3), torch.randn(2, 3))]:
    try:
        module(z)
    except ValueError as e:
        print("ValueError:", e)
try:
    F.instance_norm(torch.randn(2, 3, 1))
except ValueError as e:
    print("ValueError:", e)
