"""optim.SGD: plain, momentum and Nesterov steps, one fused engine pass per parameter."""
from .._engine import ops
from .._tensor import wrap
from .optimizer import Optimizer, require_nonnegative, required


class SGD(Optimizer):
    def __init__(self, params, lr=required, momentum=0, dampening=0, weight_decay=0, nesterov=False, *,
                 maximize=False, foreach=None, differentiable=False):
        if lr is not required:
            require_nonnegative(lr=lr)
        require_nonnegative(momentum=momentum, weight_decay=weight_decay)
        defaults = dict(lr=lr, momentum=momentum, dampening=dampening, weight_decay=weight_decay, nesterov=nesterov,
                        maximize=maximize, foreach=foreach, differentiable=differentiable)
        if nesterov and (momentum <= 0 or dampening != 0):
            raise ValueError("Nesterov momentum requires a momentum and zero dampening")
        super().__init__(params, defaults)

    def step(self, closure=None):
        loss = self._closure_loss(closure)
        for group, param, grad, state in self._parameters_with_grad():
            buffer = state.get("momentum_buffer")
            handle = ops.sgd_step(param._h, grad._h, buffer._h if buffer is not None else 0, float(group["lr"]),
                                  float(group["momentum"]), float(group["dampening"]), float(group["weight_decay"]),
                                  bool(group["nesterov"]), bool(group["maximize"]))
            state["momentum_buffer"] = wrap(handle) if handle else None
        return loss
