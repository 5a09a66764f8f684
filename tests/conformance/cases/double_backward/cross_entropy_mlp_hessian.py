# The Hessian of a small MLP's cross-entropy loss in its output layer's weights, with
# torch.autograd.functional.hessian (gradients of gradients through log_softmax and nll_loss).
import torch
import torch.nn.functional as F
from torch.autograd.functional import hessian

torch.manual_seed(0)
torch.set_printoptions(precision=5)
inputs = torch.randn(6, 3, dtype=torch.float64)
labels = torch.tensor([0, 1, 1, 0, 1, 0])
w1 = torch.randn(4, 3, dtype=torch.float64)
w2 = torch.randn(2, 4, dtype=torch.float64)


def loss_of(flat_w2):
    hidden = torch.tanh(inputs @ w1.t())
    return F.cross_entropy(hidden @ flat_w2.view(2, 4).t(), labels)


h = hessian(loss_of, w2.reshape(-1))
print(h.shape)
print(h)
print(torch.allclose(h, h.t()))


def loss_of_both(a, b):
    return F.cross_entropy(F.silu(inputs @ a.t()) @ b.t(), labels, reduction="sum")


(haa, hab), (hba, hbb) = hessian(loss_of_both, (w1, w2))
print(hab.shape, hba.shape)
print(hbb[0, 0])
print(haa[1, 2])
