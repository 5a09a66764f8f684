"""The bridge to the WebAssembly engine.

The engine's JS API is importable as ``_gradbook_engine``; its functions take and return
integer handles. Every function is fetched once here (attribute lookups on JS objects are
slow) and wrapped so that an engine error surfaces as the Python exception PyTorch raises,
with PyTorch's message.
"""
import _gradbook_engine as _js
from pyodide.ffi import JsException

class _LinAlgError(RuntimeError):
    """torch.linalg.LinAlgError: a singular or not positive-definite input (PyTorch's
    torch._C._LinAlgError)."""


_LinAlgError.__module__ = "torch._C"

_PYTHON_ERRORS = {
    "LinAlgError": _LinAlgError,
    "RuntimeError": RuntimeError,
    "IndexError": IndexError,
    "TypeError": TypeError,
    "ValueError": ValueError,
    "NotImplementedError": NotImplementedError,
}


# Exceptions raised by Python code the engine called back (hooks, a custom Function's backward),
# kept until the engine's call that made the callback returns; then that call re-raises them.
host_exceptions = []


def python_error(error):
    """The Python exception for a JsException raised by the engine."""
    name = getattr(error, "name", "")
    if name == "HostError" and host_exceptions:
        return host_exceptions.pop()
    kind = _PYTHON_ERRORS.get(name, RuntimeError)
    return kind(getattr(error, "message", str(error)))


def _guard(function):
    # Fixed-arity wrappers for the common arities: packing *args costs more than the guard.
    arity = getattr(function, "length", None)
    if arity == 1:

        def call(a):
            try:
                return function(a)
            except JsException as error:
                raise python_error(error) from None

    elif arity == 2:

        def call(a, b):
            try:
                return function(a, b)
            except JsException as error:
                raise python_error(error) from None

    else:

        def call(*args):
            try:
                return function(*args)
            except JsException as error:
                raise python_error(error) from None

    call.__name__ = function.name if hasattr(function, "name") else "engine_call"
    return call


class _Ops:
    """Attribute access to the engine's functions, each guarded."""

    def __getattr__(self, name):
        guarded = _guard(getattr(_js, name))
        setattr(self, name, guarded)
        return guarded


ops = _Ops()

# The meaning of the engine's codes (dtypes, scalar kinds, reductions, rounding modes, unary
# ops), each a list in code order: codes["reductions"].index("sum") is the code of "sum".
codes = _js.codes().to_py()
