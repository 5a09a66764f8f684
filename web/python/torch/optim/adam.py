"""optim.Adam and optim.AdamW: one fused engine pass per parameter, with the bias corrections
computed in Python floats as PyTorch computes them."""
import math

from .. import tensor, zeros_like
from .._engine import ops
from .optimizer import Optimizer, require_nonnegative


def _check(lr, betas, eps, weight_decay):
    require_nonnegative(lr=lr, eps=eps)
    for i, beta in enumerate(betas):
        if not 0.0 <= beta < 1.0:
            raise ValueError(f"Invalid beta parameter at index {i}: {beta}")
    require_nonnegative(weight_decay=weight_decay)


class Adam(Optimizer):
    _decoupled_weight_decay = False

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0, amsgrad=False, *,
                 foreach=None, maximize=False, capturable=False, differentiable=False, fused=False):
        _check(lr, betas, eps, weight_decay)
        super().__init__(params, dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, amsgrad=amsgrad,
                                      maximize=maximize, foreach=foreach, capturable=capturable,
                                      differentiable=differentiable, fused=fused))

    def step(self, closure=None):
        loss = self._closure_loss(closure)
        for group, param, grad, state in self._parameters_with_grad():
            if not state:
                state["step"] = tensor(0.0)
                state["exp_avg"] = zeros_like(param)
                state["exp_avg_sq"] = zeros_like(param)
                if group["amsgrad"]:
                    state["max_exp_avg_sq"] = zeros_like(param)
            step_t = state["step"]
            step_t += 1
            step = step_t.item()
            beta1, beta2 = (float(b) for b in group["betas"])
            lr = float(group["lr"])
            step_size = lr / (1 - beta1 ** step)
            correction2_sqrt = math.sqrt(1 - beta2 ** step)
            max_sq = state.get("max_exp_avg_sq") if group["amsgrad"] else None
            ops.adam_step(param._h, grad._h, state["exp_avg"]._h, state["exp_avg_sq"]._h,
                          max_sq._h if max_sq is not None else 0, lr, beta1, beta2, float(group["eps"]),
                          float(group["weight_decay"]), step_size, correction2_sqrt, bool(group["maximize"]),
                          self._decoupled_weight_decay)
        return loss


class AdamW(Adam):
    _decoupled_weight_decay = True

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=1e-2, amsgrad=False, *,
                 maximize=False, foreach=None, capturable=False):
        _check(lr, betas, eps, weight_decay)
        Optimizer.__init__(self, params, dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, amsgrad=amsgrad,
                                              foreach=foreach, maximize=maximize, capturable=capturable))
