# smooth_l1_loss / SmoothL1Loss (beta) and huber_loss / HuberLoss (delta): values, gradients
# for input and target, reductions, broadcasting and errors.
import torch
from torch import nn
import torch.nn.functional as F

torch.set_printoptions(precision=10)
torch.manual_seed(0)
x = (torch.randn(3, 7) * 2).requires_grad_()
y = torch.randn(3, 7).requires_grad_()
for reduction in ("mean", "sum", "none"):
    for loss in (F.smooth_l1_loss(x, y, reduction=reduction), F.smooth_l1_loss(x, y, reduction=reduction, beta=0.4),
                 F.smooth_l1_loss(x, y, reduction=reduction, beta=0.0), F.huber_loss(x, y, reduction=reduction),
                 F.huber_loss(x, y, reduction=reduction, delta=2.5)):
        x.grad = y.grad = None
        loss.sum().backward()
        print(reduction, loss, x.grad, y.grad)

print(nn.SmoothL1Loss(), nn.SmoothL1Loss(beta=0.5), nn.HuberLoss(), nn.HuberLoss(reduction="sum", delta=2.0))
print(nn.SmoothL1Loss(beta=0.5)(x, y), nn.HuberLoss(reduction="sum", delta=2.0)(x, y))
print(F.smooth_l1_loss(torch.arange(4.0, dtype=torch.float64), torch.ones(4, dtype=torch.float64)))
print(F.smooth_l1_loss(torch.zeros(3, 1), torch.ones(3)))  # broadcasts, with a warning
for f in [lambda: F.smooth_l1_loss(x, y, beta=-1.0), lambda: F.huber_loss(x, y, delta=0.0),
          lambda: F.smooth_l1_loss(torch.tensor([1, 2]), torch.tensor([1, 3])),
          lambda: F.huber_loss(torch.tensor([1, 2]), torch.tensor([1, 3])),
          lambda: F.smooth_l1_loss(x, y, reduction="avg")]:
    try:
        f()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
