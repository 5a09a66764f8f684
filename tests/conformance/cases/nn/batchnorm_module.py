# BatchNorm's repr, parameters and buffers, resets and PyTorch's errors.
import torch
import torch.nn as nn
import torch.nn.functional as F

print(nn.BatchNorm1d(8))
print(nn.BatchNorm2d(16, eps=1e-3, momentum=None, affine=False))
print(nn.BatchNorm3d(4, track_running_stats=False))
bn = nn.BatchNorm2d(3)
print(list(bn.state_dict().keys()))
print([name for name, _ in bn.named_parameters()], [name for name, _ in bn.named_buffers()])
print(bn.num_batches_tracked.dtype, bn.running_var)
print(list(nn.BatchNorm1d(2, affine=False, track_running_stats=False).state_dict().keys()))
bn(torch.randn(2, 3, 2, 2))
bn.reset_running_stats()
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
with torch.no_grad():
    bn.weight.fill_(3)
bn.reset_parameters()
print(bn.weight, bn.bias)

for module, x in [(nn.BatchNorm1d(3), torch.randn(2, 3, 4, 5)), (nn.BatchNorm2d(3), torch.randn(2, 3, 4)),
                  (nn.BatchNorm3d(3), torch.randn(2, 3)), (nn.BatchNorm1d(3), torch.randn(1, 3)),
                  (nn.BatchNorm2d(3), torch.randn(1, 3, 1, 1))]:
    try:
        module(x)
    except ValueError as e:
        print("ValueError:", e)
eval_bn = nn.BatchNorm1d(3).eval()
print(eval_bn(torch.ones(1, 3)))
try:
    F.batch_norm(torch.randn(1, 2), None, None, training=True)
except ValueError as e:
    print("ValueError:", e)
