"""torch.nn.functional's parametrised elementwise activations, on the engine's activation table
(gelu, silu, elu, selu, celu, softplus, mish, hardtanh, relu6, hardswish, hardsigmoid)."""
import numbers

import torch

from .._engine import ops
from .._ops._args import check_tensor
from .._tensor import wrap

_CODES = {str(name): code for code, name in enumerate(ops.activation_names())}
# SELU is ELU with these constants (Klambauer et al., as PyTorch spells them).
_SELU_ALPHA = 1.6732632423543772848170429916717
_SELU_SCALE = 1.0507009873554804934193349852946


def _apply(name, input, inplace=False, a=0.0, b=0.0, c=0.0):
    result = wrap(ops.activation(_CODES[name], input._h, float(a), float(b), float(c)))
    if inplace:
        with torch.no_grad():
            input.copy_(result)
        return input
    return result


def gelu(input, approximate="none"):
    if approximate not in ("none", "tanh"):
        raise RuntimeError("approximate argument must be either none or tanh.")
    return _apply("gelu" if approximate == "none" else "gelu_tanh", input)


def silu(input, inplace=False):
    return _apply("silu", input, inplace)


def elu(input, alpha=1.0, inplace=False):
    return _apply("elu", input, inplace, alpha, 1.0, 1.0)


def selu(input, inplace=False):
    return _apply("elu", input, inplace, _SELU_ALPHA, _SELU_SCALE, 1.0)


def celu(input, alpha=1.0, inplace=False):
    """torch.celu, F.celu (and torch.celu_, F.celu_ with inplace): elu with input_scale 1/alpha."""
    name = "celu_" if inplace else "celu"
    check_tensor(name, "input", 1, input)
    if not isinstance(alpha, numbers.Number):
        raise TypeError(f"{name}(): argument 'alpha' (position 2) must be Number, not {type(alpha).__name__}")
    return _apply("celu", input, inplace, alpha)


def celu_(input, alpha=1.0):
    return celu(input, alpha, True)


def torch_celu(input, alpha=1.0):
    """torch.celu, which has no inplace argument."""
    return celu(input, alpha)


def softplus(input, beta=1, threshold=20):
    return _apply("softplus", input, False, beta, threshold)


def mish(input, inplace=False):
    return _apply("mish", input, inplace)


def hardtanh(input, min_val=-1.0, max_val=1.0, inplace=False):
    if not input.dtype.is_floating_point:  # integers cannot carry a gradient: a plain clamp
        return input.clamp_(min_val, max_val) if inplace else input.clamp(min_val, max_val)
    return _apply("hardtanh", input, inplace, min_val, max_val)


def relu6(input, inplace=False):
    return hardtanh(input, 0.0, 6.0, inplace)


def hardswish(input, inplace=False):
    return _apply("hardswish", input, inplace)


def hardsigmoid(input, inplace=False):
    return _apply("hardsigmoid", input, inplace)
