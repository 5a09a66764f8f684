"""optim.RMSprop: one fused engine pass per parameter."""
from .. import zeros_like
from .._engine import ops
from .optimizer import Optimizer, require_nonnegative


class RMSprop(Optimizer):
    def __init__(self, params, lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0, momentum=0, centered=False,
                 foreach=None, maximize=False, differentiable=False):
        require_nonnegative(lr=lr, eps=eps, momentum=momentum, weight_decay=weight_decay, alpha=alpha)
        super().__init__(params, dict(lr=lr, momentum=momentum, alpha=alpha, eps=eps, centered=centered,
                                      weight_decay=weight_decay, foreach=foreach, maximize=maximize,
                                      differentiable=differentiable))

    def step(self, closure=None):
        loss = self._closure_loss(closure)
        for group, param, grad, state in self._parameters_with_grad():
            momentum = float(group["momentum"])
            if not state:
                state["step"] = 0
                state["square_avg"] = zeros_like(param)
                if momentum > 0:
                    state["momentum_buffer"] = zeros_like(param)
                if group["centered"]:
                    state["grad_avg"] = zeros_like(param)
            state["step"] += 1
            grad_avg = state.get("grad_avg") if group["centered"] else None
            buffer = state.get("momentum_buffer") if momentum > 0 else None
            ops.rmsprop_step(param._h, grad._h, state["square_avg"]._h, grad_avg._h if grad_avg is not None else 0,
                             buffer._h if buffer is not None else 0, float(group["lr"]), float(group["alpha"]),
                             float(group["eps"]), float(group["weight_decay"]), momentum, bool(group["maximize"]))
        return loss
