"""torch.utils: data loading, and the handles hooks return."""
from .._unsupported import package_getattr
from . import data, hooks

__getattr__ = package_getattr(__name__)
