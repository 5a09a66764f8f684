# F.kl_div and nn.KLDivLoss: every reduction (with 'mean''s deprecation warning), log_target,
# gradients for input and target and the graph's nodes.
import warnings

import torch
from torch import nn
import torch.nn.functional as F

torch.set_printoptions(precision=10)
torch.manual_seed(0)
input = F.log_softmax(torch.randn(3, 5), dim=1).detach().requires_grad_()
target = F.softmax(torch.randn(3, 5), dim=1).requires_grad_()
for reduction in ("batchmean", "sum", "none", "mean"):
    for log_target in (False, True):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            t = target.log() if log_target else target
            loss = F.kl_div(input, t, reduction=reduction, log_target=log_target)
        input.grad = target.grad = None
        loss.sum().backward()
        print(reduction, log_target, loss, type(loss.grad_fn).__name__, input.grad, target.grad)
        print([str(w.message) for w in caught])
print(nn.KLDivLoss(), nn.KLDivLoss(reduction="batchmean", log_target=True))
print(nn.KLDivLoss(reduction="batchmean")(input, target))
zero_target = torch.tensor([[0.0, 0.5, 0.5]])
print(F.kl_div(torch.tensor([[-1.0, -0.5, -2.0]]), zero_target, reduction="sum"))
print(F.kl_div(torch.tensor(-1.0), torch.tensor(0.25), reduction="batchmean"))
try:
    F.kl_div(input, target, reduction="avg")
except ValueError as e:
    print("ValueError:", e)
