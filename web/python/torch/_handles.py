"""One Python object per engine object (tensors and graph nodes).

The engine hands out a counted reference with every handle it returns. The first time a
handle appears, a Python wrapper takes that reference and gives it back when it dies; if a
live wrapper already holds the handle, the extra reference is returned at once and the
existing wrapper is reused, so ``x.grad is x.grad`` as in PyTorch.
"""
import weakref


def identity_map(release, default_class):
    """``wrap(handle, cls=default_class)``, ``drop(handle)`` and ``rebind(obj, handle)`` over one
    table of live wrappers.

    ``wrap`` gives the wrapper for ``handle`` (None for 0), making a ``cls`` whose ``_h`` is
    the handle if none is alive; a wrapper's ``__del__`` calls ``drop``, which forgets it and
    releases its reference. ``rebind`` makes a live wrapper stand for another handle (a
    reference it takes over), giving back its old one (out= resizing a tensor). Closures rather
    than methods: every op result passes through ``wrap``, and local names are the fastest
    lookups Python has.
    """
    objects = {}  # handle -> weak reference to its wrapper
    new_object = object.__new__
    ref = weakref.ref

    def wrap(handle, cls=default_class):
        if not handle:
            return None
        existing = objects.get(handle)
        if existing is not None:
            existing = existing()
            if existing is not None:
                release(handle)
                return existing
        obj = new_object(cls)
        obj._h = handle
        objects[handle] = ref(obj)
        return obj

    def drop(handle):
        objects.pop(handle, None)
        release(handle)

    def rebind(obj, handle):
        drop(obj._h)
        objects.pop(handle, None)
        obj._h = handle
        objects[handle] = ref(obj)

    return wrap, drop, rebind
