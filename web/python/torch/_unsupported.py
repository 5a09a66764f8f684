"""What a program meets when it uses a part of PyTorch that Gradbook does not have yet:
``NotImplementedError: torch.<name> is not supported yet`` -- never a JavaScript error, and never
a silently wrong answer. A name that PyTorch 1.13 does not have either still raises PyTorch's
own AttributeError, so typos read as they would in PyTorch.
"""
import builtins
import importlib
import importlib.abc
import importlib.machinery
import sys
import types

from ._api_names import PACKAGE_NAMES, SUBMODULES, TENSOR_METHODS


class _MissingMethod(builtins.NotImplementedError, AttributeError):
    """For Tensor methods: a NotImplementedError that is also an AttributeError, so
    ``hasattr(t, name)`` and ``getattr(t, name, default)`` see the method as absent."""

    def __init__(self, message):
        # name=None stops Python from appending "Did you mean ...?" to the message.
        super().__init__(message, name=None, obj=None)


_MissingMethod.__name__ = _MissingMethod.__qualname__ = "NotImplementedError"
_MissingMethod.__module__ = "builtins"  # tracebacks show the plain NotImplementedError


def unsupported(qualified_name):
    """For module-level names a plain NotImplementedError: an AttributeError there would turn
    ``from torch.special import expit`` into an ImportError that hides the message."""
    return builtins.NotImplementedError(f"{qualified_name} is not supported yet")


class _StubModule(types.ModuleType):
    """A PyTorch module we have nothing of (torch.fft, torch.distributions.normal, ...): importing
    it works, using one of its names raises NotImplementedError, any other name PyTorch's
    AttributeError."""

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return package_getattr(self.__name__)(name)


class _StubFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Found last, so a real module (torch.nn, ...) always wins over a stub."""

    def find_spec(self, fullname, path, target=None):
        if fullname in SUBMODULES:
            has_submodules = any(name.startswith(fullname + ".") for name in SUBMODULES)
            return importlib.machinery.ModuleSpec(fullname, self, is_package=has_submodules)
        return None

    def create_module(self, spec):
        return _StubModule(spec.name)

    def exec_module(self, module):
        pass


sys.meta_path.append(_StubFinder())


def tensor_getattr(tensor, name):
    """Tensor.__getattr__: runs only for names the class does not define."""
    if name in TENSOR_METHODS:
        raise _MissingMethod(f"Tensor.{name} is not supported yet")
    raise AttributeError(f"'{type(tensor).__name__}' object has no attribute '{name}'")


def package_getattr(package):
    """The module __getattr__ of a PyTorch module (ours, or a stub): a submodule we lack imports
    as a stub, another name the real module has raises NotImplementedError, any other name
    PyTorch's AttributeError."""
    names = PACKAGE_NAMES[package]

    def getattr_(name):
        if f"{package}.{name}" in SUBMODULES:
            return importlib.import_module(f"{package}.{name}")
        if name in names:
            raise unsupported(f"{package}.{name}")
        raise AttributeError(f"module '{package}' has no attribute '{name}'")

    return getattr_


torch_getattr = package_getattr("torch")
