"""One Python object per engine object.

The engine hands out a counted reference with every handle it returns. The first time a
handle appears, a Python wrapper takes that reference and gives it back in ``__del__``;
if a live wrapper already holds the handle, the extra reference is returned at once and
the existing wrapper is reused, so ``x.grad is x.grad`` as in PyTorch.
"""
import weakref


class HandleMap:
    def __init__(self, release):
        self._objects = {}
        self._release = release

    def wrap(self, handle, make):
        """The wrapper for ``handle`` (None for 0); ``make(handle)`` builds a new one."""
        if not handle:
            return None
        ref = self._objects.get(handle)
        existing = ref() if ref is not None else None
        if existing is not None:
            self._release(handle)
            return existing
        obj = make(handle)
        self._objects[handle] = weakref.ref(obj)
        return obj

    def adopt(self, handle, obj):
        """Registers a wrapper built by hand for a fresh handle."""
        self._objects[handle] = weakref.ref(obj)

    def drop(self, handle):
        """Called from a wrapper's ``__del__``: forget it and release its reference."""
        self._objects.pop(handle, None)
        self._release(handle)

    def __len__(self):
        return len(self._objects)
