"""torch.special: the functions it shares with torch (the other names raise NotImplementedError)."""
from ._unsupported import package_getattr
from ._ops.binary import xlogy  # noqa: F401  -- generated from the engine's binary table

__getattr__ = package_getattr(__name__)
