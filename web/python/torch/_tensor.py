"""torch.Tensor: a Python face over one engine tensor handle.

The class holds the core (lifetime, printing, metadata, values, autograd state); the op
families in ``torch._ops`` add their methods with ``@tensor_method``, as do the modules above
this one for the parts that need them: ``grad_fn`` (torch.autograd.graph), ``backward``
(torch.autograd.backward) and ``register_hook`` (torch._host).
"""
import warnings

from . import _dtype
from ._engine import codes, ops
from ._handles import identity_map
from ._numpy_names import numpy_names
from ._numpy_values import scalar_number
from ._size import Size
from ._unsupported import tensor_getattr

BOOL, INT, FLOAT = (codes["scalar_kinds"].index(kind) for kind in ("bool", "int", "float"))


def scalar_kind(value):
    """The engine's kind code for a Python number, or None if ``value`` is not one."""
    t = type(value)
    if t is float:
        return FLOAT
    if t is int:
        return INT
    if t is bool:
        return BOOL
    number = scalar_number(value)  # a NumPy scalar counts as the Python number it holds, as in PyTorch
    return None if number is None else scalar_kind(number)


def operand(value):
    """A Tensor standing for an op's operand: a tensor as it is, a Python number as a wrapped
    0-dim tensor (which ranks lowest in type promotion, as in PyTorch); None for anything else."""
    if isinstance(value, Tensor):
        return value
    kind = scalar_kind(value)
    if kind is None:
        return None
    return wrap(ops.wrapped_scalar(float(value), kind))


def tensor_method(*names):
    """Installs the decorated function as Tensor methods (by default under its own name),
    taking NumPy's parameter names too (axis=, keepdims=, ...) as PyTorch's operators do."""

    def install(function):
        function = numpy_names(function)
        for name in names or (function.__name__,):
            setattr(Tensor, name, function)
        return function

    return install


class Tensor:
    __slots__ = ("_h", "__weakref__", "__dict__")
    __module__ = "torch"

    def __del__(self):
        handle = self._h
        if handle:
            self._h = 0
            _drop(handle)

    def _become(self, other):
        """Makes this Python tensor stand for ``other``'s engine tensor, which ``other`` gives up
        (out= resizing a tensor the caller holds)."""
        handle, other._h = other._h, 0
        _rebind(self, handle)

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")
        return tensor_getattr(self, name)

    # ---- printing
    def __repr__(self, *, tensor_contents=None):
        return ops.format(self._h)

    def __str__(self):
        return self.__repr__()

    def __format__(self, spec):
        if self.dim() == 0 and type(self) is Tensor:
            return self.item().__format__(spec)
        return object.__format__(self, spec)

    # ---- metadata
    @property
    def shape(self):
        return Size(int(d) for d in ops.shape(self._h))

    def size(self, dim=None):
        shape = self.shape
        if dim is None:
            return shape
        return shape[wrap_dim(dim, len(shape))]

    @property
    def dtype(self):
        return _dtype.BY_CODE[ops.dtype(self._h)]

    def dim(self):
        return ops.dim(self._h)

    ndim = property(dim)

    def numel(self):
        return int(ops.numel(self._h))

    def __len__(self):
        if self.dim() == 0:
            raise TypeError("len() of a 0-d tensor")
        return self.shape[0]

    # ---- values
    def item(self):
        try:
            value = ops.item(self._h)
        except RuntimeError:  # more than one element (or none)
            raise ValueError("only one element tensors can be converted to Python scalars") from None
        kind = self.dtype
        if kind.is_floating_point:
            return float(value)  # a JS number holding a whole value arrives as an int
        return bool(value) if kind is _dtype.bool else int(value)

    def tolist(self):
        if self.dtype._format is None:
            return self.float().tolist()
        flat = memoryview(ops.data_bytes(self._h).to_bytes()).cast(self.dtype._format).tolist()
        return _nest(flat, list(self.shape))

    def __float__(self):
        return float(self.item())

    def __int__(self):
        return int(self.item())

    def __index__(self):
        if self.dtype.is_floating_point or self.numel() != 1:
            raise TypeError("only integer tensors of a single element can be converted to an index")
        return int(self.item())

    def __bool__(self):
        n = self.numel()
        if n != 1:
            amount = "no values" if n == 0 else "more than one value"
            raise RuntimeError(f"Boolean value of Tensor with {amount} is ambiguous")
        return bool(self.item())

    # ---- autograd state
    @property
    def requires_grad(self):
        return ops.requires_grad(self._h)

    @requires_grad.setter
    def requires_grad(self, flag):
        ops.set_requires_grad(self._h, bool(flag))

    def requires_grad_(self, requires_grad=True):
        if requires_grad and not self.dtype.is_floating_point:  # the setter's message adds "and complex"
            raise RuntimeError("only Tensors of floating point dtype can require gradients")
        self.requires_grad = requires_grad
        return self

    @property
    def is_leaf(self):
        return ops.is_leaf(self._h)

    @property
    def grad(self):
        grad = wrap(ops.grad(self._h))
        if grad is None and not ops.is_leaf(self._h) and not ops.retains_grad(self._h):
            warnings.warn(_NON_LEAF_GRAD_WARNING, UserWarning, stacklevel=2)
        return grad

    @grad.setter
    def grad(self, value):
        if value is not None and not isinstance(value, Tensor):
            raise TypeError(f"assigned grad expected to be a Tensor or None but got grad of type{type(value).__name__}")
        ops.set_grad(self._h, value._h if value is not None else 0)

    def __deepcopy__(self, memo):
        if not self.is_leaf:
            raise RuntimeError("Only Tensors created explicitly by the user (graph leaves) support the deepcopy "
                               "protocol at the moment")
        if id(self) in memo:
            return memo[id(self)]
        copy = self.detach().clone()
        copy.requires_grad_(self.requires_grad)
        memo[id(self)] = copy
        if self.grad is not None:
            copy.grad = self.grad.__deepcopy__(memo)
        return copy

    def retain_grad(self):
        ops.retain_grad(self._h)

    @property
    def retains_grad(self):
        return ops.retains_grad(self._h)

    @property
    def data(self):
        return wrap(ops.data(self._h))

    @data.setter
    def data(self, value):
        if not isinstance(value, Tensor):
            raise TypeError(f"Variable data has to be a tensor, but got {type(value).__name__}")
        ops.set_data(self._h, value._h)

    def detach_(self):
        ops.detach_(self._h)
        return self

    @property
    def _version(self):
        return int(ops.version(self._h))


# wrap(handle, cls=Tensor): the Tensor for an engine handle (None for 0); a handle that already
# has a live Tensor gives that Tensor, so identity is kept. _drop: a dead Tensor's release.
wrap, _drop, _rebind = identity_map(ops.release, Tensor)

_NON_LEAF_GRAD_WARNING = (
    "The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. Its .grad attribute won't be "
    "populated during autograd.backward(). If you indeed want the .grad field to be populated for a non-leaf "
    "Tensor, use .retain_grad() on the non-leaf Tensor. If you access the non-leaf Tensor by mistake, make sure you "
    "access the leaf Tensor instead. See github.com/pytorch/pytorch/pull/30531 for more informations. (Triggered "
    "internally at  ./build/aten/src/ATen/core/TensorBody.h:480.)"
)


def wrap_dim(dim, rank):
    r = max(rank, 1)
    if not -r <= dim < r:
        raise IndexError(f"Dimension out of range (expected to be in range of [{-r}, {r - 1}], but got {dim})")
    return dim + r if dim < 0 else dim


def _nest(flat, shape):
    if not shape:
        return flat[0]
    if len(shape) == 1:
        return flat
    step = len(flat) // shape[0] if shape[0] else 0
    return [_nest(flat[i * step:(i + 1) * step], shape[1:]) for i in range(shape[0])]
