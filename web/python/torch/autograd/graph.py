"""grad_fn objects: one Python class per backward-node name, as in PyTorch, so that
``type(z.grad_fn).__name__ == "AddBackward0"``."""
from .._engine import ops
from .._handles import HandleMap

_nodes = HandleMap(ops.release_node)
_classes = {}


class Node:
    __slots__ = ("_h", "__weakref__")

    def __del__(self):
        handle = getattr(self, "_h", 0)
        if handle:
            self._h = 0
            _nodes.drop(handle)

    def name(self):
        return type(self).__name__

    @property
    def next_functions(self):
        return tuple((node_from_handle(int(h)), int(nr)) for h, nr in ops.node_next(self._h))

    def __repr__(self):
        return f"<{type(self).__name__} object at {id(self):#x}>"


def _node_class(name):
    cls = _classes.get(name)
    if cls is None:
        cls = _classes[name] = type(name, (Node,), {"__slots__": ()})
    return cls


def _make(handle):
    node = object.__new__(_node_class(ops.node_name(handle)))
    node._h = handle
    return node


def node_from_handle(handle):
    return _nodes.wrap(handle, _make)
