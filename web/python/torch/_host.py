"""Python objects the engine calls back: tensor hooks (and Tensor.register_hook) and custom
Functions' backward.

The engine holds them by integer id (wasm/bindings/autograd.cpp documents the protocol); they
live here until the engine lets go of the id. An exception raised in one is kept in
``_engine.host_exceptions`` and re-raised, unchanged, by the engine call that ran it.
"""
from collections import OrderedDict

from pyodide.ffi import create_proxy, to_js

from . import _engine
from ._engine import ops
from ._tensor import Tensor, tensor_method, wrap
from .utils.hooks import RemovableHandle

_objects = {}
_next_id = [1]


def keep(obj):
    """Holds ``obj`` for the engine; returns its id."""
    object_id = _next_id[0]
    _next_id[0] += 1
    _objects[object_id] = obj
    return object_id


def get(object_id):
    return _objects.get(object_id)


def _release(object_id):
    _objects.pop(object_id, None)


def _engine_reference(tensor):
    """A handle the engine takes over (0 for None)."""
    return 0 if tensor is None else ops.retain(tensor._h)


def _call_hook(object_id, grad_handle):
    try:
        result = _objects[object_id](wrap(grad_handle))
        return _engine_reference(result)
    except BaseException as error:  # noqa: BLE001 — handed back to the engine's caller
        _engine.host_exceptions.append(error)
        return -1


def _call_backward(object_id, grad_handles, saved_handles):
    try:
        grads = [wrap(int(h)) for h in grad_handles]
        saved = [wrap(int(h)) for h in saved_handles]
        results = _objects[object_id].run_backward(grads, saved)
        return to_js([_engine_reference(g) for g in results])
    except BaseException as error:  # noqa: BLE001 — handed back to the engine's caller
        _engine.host_exceptions.append(error)
        return -1


@tensor_method()
def register_hook(self, hook):
    """Runs ``hook(grad)`` on the gradient flowing into this tensor; a returned tensor
    replaces it. Returns a handle whose ``remove()`` unregisters the hook."""
    if not self.requires_grad:
        raise RuntimeError("cannot register a hook on a tensor that doesn't require gradient")
    hooks = self.__dict__.get("_backward_hooks")
    if hooks is None:
        hooks = self._backward_hooks = OrderedDict()
        ops.register_hook(self._h, keep(_HookList(hooks)))
    handle = RemovableHandle(hooks)
    hooks[handle.id] = hook
    return handle


class _HookList:
    """A tensor's hooks, run in the order they were registered; each may replace the gradient."""

    def __init__(self, hooks):
        self.hooks = hooks

    def __call__(self, grad):
        result = grad
        for hook in list(self.hooks.values()):
            new = hook(result)
            if new is None:
                continue
            if not isinstance(new, Tensor):
                raise TypeError(f"expected Variable or None (got {type(new).__name__})")
            if new.shape != result.shape:
                raise RuntimeError(f"hook '{getattr(hook, '__name__', hook)}' has changed the size of value")
            result = new
        return None if result is grad else result


_callbacks = [create_proxy(f) for f in (_call_hook, _call_backward, _release)]
ops.set_host_callbacks(*_callbacks)
