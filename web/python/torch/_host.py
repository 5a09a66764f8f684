"""Python objects the engine calls back: tensor hooks and custom Functions' backward.

The engine holds them by integer id (wasm/bindings/autograd.cpp documents the protocol); they
live here until the engine lets go of the id. An exception raised in one is kept in
``_engine.host_exceptions`` and re-raised, unchanged, by the engine call that ran it.
"""
from pyodide.ffi import create_proxy, to_js

from . import _engine
from ._engine import ops
from ._tensor import wrap

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


_callbacks = [create_proxy(f) for f in (_call_hook, _call_backward, _release)]
ops.set_host_callbacks(*_callbacks)
