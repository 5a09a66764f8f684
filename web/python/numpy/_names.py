"""What a program meets when it uses a part of NumPy that Gradbook's NumPy does not have:
``NotImplementedError: numpy.<name> is not available in Gradbook's NumPy``. A name NumPy 1.24
does not have either raises NumPy's own AttributeError, so typos read as they would in NumPy.
"""
from ._api_names import LINALG, NDARRAY, NUMPY

_KNOWN = {"numpy": NUMPY, "numpy.linalg": LINALG}


def missing(qualified_name):
    return NotImplementedError(f"{qualified_name} is not available in Gradbook's NumPy")


def module_getattr(module_name):
    """A module's ``__getattr__``, called only for names the module does not define."""
    known = _KNOWN[module_name]

    def __getattr__(name):
        if name in known:
            raise missing(f"{module_name}.{name}")
        raise AttributeError(f"module '{module_name}' has no attribute '{name}'")

    return __getattr__


class _MissingMethod(NotImplementedError, AttributeError):
    """For ndarray methods: also an AttributeError, so ``hasattr(a, name)`` sees the method as
    absent."""

    def __init__(self, message):
        super().__init__(message, name=None, obj=None)  # name=None: no "Did you mean" suffix


_MissingMethod.__name__ = _MissingMethod.__qualname__ = "NotImplementedError"
_MissingMethod.__module__ = "builtins"


def ndarray_getattr(array, name):
    if name in NDARRAY:
        raise _MissingMethod(f"numpy.ndarray.{name} is not available in Gradbook's NumPy")
    raise AttributeError(f"'numpy.ndarray' object has no attribute '{name}'")
