"""What PyTorch reads from Gradbook's NumPy objects without importing NumPy: the tensor behind
an ndarray (its data is an engine tensor, so PyTorch takes it without a copy) and the Python
number behind a NumPy scalar. Looked up in sys.modules, so torch works before (and without)
any ``import numpy``."""
import sys


def array_tensor(value):
    """The tensor holding an ndarray's data (shared), or None if ``value`` is not an ndarray."""
    numpy = sys.modules.get("numpy")
    if numpy is None or not isinstance(value, numpy.ndarray):
        return None
    return value._t


def scalar_number(value):
    """The Python number a NumPy scalar holds, or None if ``value`` is not one."""
    numpy = sys.modules.get("numpy")
    if numpy is None or not isinstance(value, numpy.generic):
        return None
    return value.item()
