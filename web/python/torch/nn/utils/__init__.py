"""torch.nn.utils: helpers around modules and their gradients (rnn: padding and packing sequences)."""
from ..._unsupported import package_getattr
from . import rnn
from .clip_grad import clip_grad_norm, clip_grad_norm_, clip_grad_value_

__getattr__ = package_getattr(__name__)
