"""grad_fn objects: one Python class per backward-node name, as in PyTorch, so that
``type(z.grad_fn).__name__ == "AddBackward0"``. The node of a custom Function has that
Function's backward class (see function.py)."""
from .. import _host
from .._engine import ops
from .._handles import identity_map
from .._tensor import Tensor, wrap

_classes = {}


class Node:
    __slots__ = ("_h", "__weakref__")

    def __del__(self):
        handle = getattr(self, "_h", 0)
        if handle:
            self._h = 0
            _drop(handle)

    def name(self):
        return ops.node_display_name(self._h)

    @property
    def next_functions(self):
        return tuple((node_from_handle(int(h)), int(nr)) for h, nr in ops.node_next(self._h))

    def __repr__(self):
        return f"<{type(self).__name__} object at {id(self):#x}>"

    def __getattr__(self, name):
        # grad_fn._saved_<name> for the numbers a formula uses (exponent, alpha), which stay
        # readable after backward.
        if name.startswith("_saved_"):
            value = ops.node_saved_number(self._h, name[len("_saved_"):])
            if value is not None:
                return int(value) if float(value).is_integer() else value
            if name == "_saved_alpha" and type(self).__name__ in _ALPHA_NODES:
                return 1
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")


# Nodes of ops with an `alpha` multiplier; the engine saves it only when it is not 1.
_ALPHA_NODES = ("AddBackward0", "SubBackward0")


class AccumulateGrad(Node):
    __slots__ = ()

    @property
    def variable(self):
        return wrap(ops.node_variable(self._h))


_classes["AccumulateGrad"] = AccumulateGrad


def _node_class(name):
    cls = _classes.get(name)
    if cls is None:
        cls = _classes[name] = type(name, (Node,), {"__slots__": ()})
    return cls


def _class_of(handle):
    """A node's class: its custom Function's backward class, or the one named after it."""
    ctx = _host.get(ops.function_host_object(handle))
    return type(ctx) if ctx is not None else _node_class(ops.node_name(handle))


_wrap, _drop, _ = identity_map(ops.release_node, Node)


def node_from_handle(handle):
    """The grad_fn object for an engine node handle (None for 0), one per node."""
    return _wrap(handle, _class_of(handle)) if handle else None


def grad_fn(self):
    return node_from_handle(ops.grad_fn(self._h))


# Tensor.grad_fn is defined here, beside the nodes it returns, so torch._tensor needs no autograd.
Tensor.grad_fn = property(grad_fn)


def _set_backward_trace(enabled):
    """Keep (or stop keeping) the gradient that flowed along each edge of the latest backward
    pass, for gradbook's pictures of backpropagation. Returns whether it was on. Turning it
    off keeps the latest trace."""
    return bool(ops.set_backward_trace(bool(enabled)))


def _last_backward_edges():
    """The latest traced backward pass: (from node or None for the seed, edge index, to node,
    input_nr, gradient) per edge, in the order the gradients flowed."""
    return [
        (node_from_handle(int(f)), int(i), node_from_handle(int(t)), int(nr), wrap(int(g)))
        for f, i, t, nr, g in ops.backward_trace()
    ]
