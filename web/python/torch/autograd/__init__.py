"""torch.autograd."""
from . import functional
from .backward import backward, grad
from .function import Function
from .grad_mode import enable_grad, inference_mode, is_grad_enabled, is_inference_mode_enabled, no_grad, set_grad_enabled
from .graph import Node
from .variable import Variable
from .._unsupported import package_getattr

__all__ = [
    "Function",
    "Node",
    "Variable",
    "backward",
    "enable_grad",
    "grad",
    "inference_mode",
    "is_grad_enabled",
    "is_inference_mode_enabled",
    "no_grad",
    "set_grad_enabled",
]

__getattr__ = package_getattr(__name__)
