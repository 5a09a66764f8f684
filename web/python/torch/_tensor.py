"""torch.Tensor: a Python face over one engine tensor handle."""
from . import _dtype
from ._engine import ops
from ._handles import HandleMap
from ._size import Size

_tensors = HandleMap(ops.release)

# Hot paths call these directly: looking functions up on the JS module costs microseconds.
_add, _add_s = ops.add, ops.add_scalar
_sub, _sub_s, _rsub, _rsub_s = ops.sub, ops.sub_scalar, ops.rsub, ops.rsub_scalar
_mul, _mul_s = ops.mul, ops.mul_scalar
_div, _div_s = ops.div, ops.div_scalar
_iadd, _iadd_s, _isub, _isub_s = ops.iadd, ops.iadd_scalar, ops.isub, ops.isub_scalar
_imul, _imul_s, _idiv, _idiv_s = ops.imul, ops.imul_scalar, ops.idiv, ops.idiv_scalar

BOOL, INT, FLOAT = 0, 1, 2


def scalar_kind(value):
    """The engine's kind code for a Python number, or None if ``value`` is not one."""
    t = type(value)
    if t is float:
        return FLOAT
    if t is int:
        return INT
    if t is bool:
        return BOOL
    return None


def wrap(handle, cls=None):
    """The Tensor for an engine handle (None for 0)."""
    return _tensors.wrap(handle, lambda h: _make(h, cls or Tensor))


def _make(handle, cls):
    t = object.__new__(cls)
    t._h = handle
    return t


def _binary(a, b, tensor_op, scalar_op):
    if isinstance(b, Tensor):
        return wrap(tensor_op(a._h, b._h))
    kind = scalar_kind(b)
    if kind is None:
        return NotImplemented
    return wrap(scalar_op(a._h, float(b), kind))


def _returned_self(a):
    """An in-place op's engine call returned a counted reference to ``a`` itself; give it back."""
    ops.release(a._h)
    return a


def _inplace(a, b, tensor_op, scalar_op):
    if isinstance(b, Tensor):
        tensor_op(a._h, b._h)
    else:
        kind = scalar_kind(b)
        if kind is None:
            return NotImplemented
        scalar_op(a._h, float(b), kind)
    return _returned_self(a)


class Tensor:
    __slots__ = ("_h", "__weakref__", "__dict__")

    def __del__(self):
        handle = getattr(self, "_h", 0)
        if handle:
            self._h = 0
            _tensors.drop(handle)

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
        return shape[_wrap_dim(dim, len(shape))]

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
        value = ops.item(self._h)
        kind = self.dtype
        if kind.is_floating_point:
            return value
        return bool(value) if kind is _dtype.bool else int(value)

    def tolist(self):
        flat = memoryview(ops.data_bytes(self._h).to_bytes()).cast(self.dtype._format).tolist()
        return _nest(flat, list(self.shape))

    def __float__(self):
        return float(self.item())

    def __int__(self):
        return int(self.item())

    def __bool__(self):
        if self.numel() != 1:
            raise RuntimeError("Boolean value of Tensor with more than one value is ambiguous")
        return bool(self.item())

    # ---- arithmetic
    def __add__(self, other):
        return _binary(self, other, _add, _add_s)

    __radd__ = __add__

    def __sub__(self, other):
        return _binary(self, other, _sub, _sub_s)

    def __rsub__(self, other):
        return _binary(self, other, _rsub, _rsub_s)

    def __mul__(self, other):
        return _binary(self, other, _mul, _mul_s)

    __rmul__ = __mul__

    def __truediv__(self, other):
        return _binary(self, other, _div, _div_s)

    def __rtruediv__(self, other):
        return self.reciprocal() * other

    def __neg__(self):
        return wrap(ops.neg(self._h))

    def __pow__(self, exponent):
        if scalar_kind(exponent) is None:
            return NotImplemented
        return wrap(ops.pow_scalar(self._h, float(exponent)))

    def __iadd__(self, other):
        return _inplace(self, other, _iadd, _iadd_s)

    def __isub__(self, other):
        return _inplace(self, other, _isub, _isub_s)

    def __imul__(self, other):
        return _inplace(self, other, _imul, _imul_s)

    def __itruediv__(self, other):
        return _inplace(self, other, _idiv, _idiv_s)

    add, sub, mul, div, pow = __add__, __sub__, __mul__, __truediv__, __pow__
    neg = __neg__

    def add_(self, other):
        return _inplace(self, other, _iadd, _iadd_s)

    def sub_(self, other):
        return _inplace(self, other, _isub, _isub_s)

    def mul_(self, other):
        return _inplace(self, other, _imul, _imul_s)

    def div_(self, other):
        return _inplace(self, other, _idiv, _idiv_s)

    def fill_(self, value):
        ops.fill_(self._h, float(value))
        return _returned_self(self)

    def zero_(self):
        return self.fill_(0)

    def reciprocal(self):
        return wrap(ops.reciprocal(self._h))

    # ---- reductions
    def sum(self, dim=None, keepdim=False):
        if dim is None:
            return wrap(ops.sum(self._h))
        return wrap(ops.sum_dims(self._h, _dims(dim), keepdim))

    def mean(self, dim=None, keepdim=False):
        if dim is None:
            return wrap(ops.mean(self._h))
        return wrap(ops.mean_dims(self._h, _dims(dim), keepdim))

    # ---- shapes
    def view(self, *shape):
        return wrap(ops.view(self._h, _shape_args(shape)))

    def reshape(self, *shape):
        return wrap(ops.reshape(self._h, _shape_args(shape)))

    def expand(self, *shape):
        return wrap(ops.expand(self._h, _shape_args(shape)))

    # ---- copies
    def clone(self):
        return wrap(ops.clone(self._h))

    def detach(self):
        return wrap(ops.detach(self._h))

    def to(self, dtype):
        return wrap(ops.to_dtype(self._h, dtype.code))

    # ---- autograd
    @property
    def requires_grad(self):
        return ops.requires_grad(self._h)

    @requires_grad.setter
    def requires_grad(self, flag):
        ops.set_requires_grad(self._h, bool(flag))

    def requires_grad_(self, requires_grad=True):
        self.requires_grad = requires_grad
        return self

    @property
    def is_leaf(self):
        return ops.is_leaf(self._h)

    @property
    def grad(self):
        return wrap(ops.grad(self._h))

    @grad.setter
    def grad(self, value):
        ops.set_grad(self._h, value._h if value is not None else 0)

    @property
    def grad_fn(self):
        from .autograd.graph import node_from_handle

        return node_from_handle(ops.grad_fn(self._h))

    def backward(self, gradient=None, retain_graph=None, create_graph=False, inputs=None):
        if retain_graph is None:
            retain_graph = create_graph
        ops.backward(self._h, gradient._h if gradient is not None else 0, bool(retain_graph))


def _wrap_dim(dim, rank):
    r = max(rank, 1)
    if not -r <= dim < r:
        raise IndexError(f"Dimension out of range (expected to be in range of [{-r}, {r - 1}], but got {dim})")
    return dim + r if dim < 0 else dim


def _shape_args(args):
    """Shape arguments given as ``f(2, 3)`` or ``f((2, 3))``."""
    if len(args) == 1 and isinstance(args[0], (tuple, list)):
        args = args[0]
    return [int(d) for d in args]


def _dims(dim):
    return list(dim) if isinstance(dim, (tuple, list)) else [dim]


def _nest(flat, shape):
    if not shape:
        return flat[0]
    if len(shape) == 1:
        return flat
    step = len(flat) // shape[0] if shape[0] else 0
    return [_nest(flat[i * step:(i + 1) * step], shape[1:]) for i in range(shape[0])]
