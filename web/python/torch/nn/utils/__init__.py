"""torch.nn.utils: helpers around modules (rnn: padding and packing sequences)."""
from ..._unsupported import package_getattr
from . import rnn

__getattr__ = package_getattr(__name__)
