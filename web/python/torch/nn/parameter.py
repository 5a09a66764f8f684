"""nn.Parameter: a tensor that a Module registers as one of its parameters."""
from .._creation import new_tensor
from .._dtype import float32
from .._engine import ops
from .._tensor import Tensor, wrap


class Parameter(Tensor):
    """A leaf tensor sharing ``data``'s values; it requires grad unless told otherwise."""

    def __new__(cls, data=None, requires_grad=True):
        if data is None:
            data = new_tensor([0], float32)
        param = wrap(ops.detach(data._h), cls)
        param.requires_grad_(requires_grad)
        return param

    def __init__(self, data=None, requires_grad=True):
        pass

    def __repr__(self):
        return "Parameter containing:\n" + super().__repr__()

    def __deepcopy__(self, memo):
        if id(self) not in memo:
            memo[id(self)] = Parameter(self.detach().clone(), self.requires_grad)
        return memo[id(self)]


_UNINITIALIZED_SHAPE = ("Can't access the shape of an uninitialized parameter or buffer. This error usually happens in "
                        "`load_state_dict` when trying to load an uninitialized parameter into an initialized one. "
                        "Call `forward` to initialize the parameters before accessing their attributes.")


class _Uninitialized:
    """A parameter or buffer whose shape a lazy module learns at its first forward; until then
    it has no values, and ``materialize`` gives it them (and turns it into ``cls_to_become``)."""

    cls_to_become = None

    @property
    def shape(self):
        raise RuntimeError(_UNINITIALIZED_SHAPE)

    def size(self, dim=None):
        raise RuntimeError(_UNINITIALIZED_SHAPE)

    def materialize(self, shape, device=None, dtype=None):
        self.data = new_tensor(shape, dtype or self.dtype)
        self.__class__ = self.cls_to_become

    def __repr__(self):
        return f"<{type(self).__name__}>"

    def __reduce_ex__(self, protocol):
        return type(self), (self.requires_grad,)


class UninitializedParameter(_Uninitialized, Parameter):
    cls_to_become = Parameter

    def __new__(cls, requires_grad=True, device=None, dtype=None):
        return Parameter.__new__(cls, new_tensor([0], dtype or _default_dtype()), requires_grad)

    def __init__(self, requires_grad=True, device=None, dtype=None):
        pass


class UninitializedBuffer(_Uninitialized, Tensor):
    cls_to_become = Tensor

    def __new__(cls, requires_grad=False, device=None, dtype=None):
        values = new_tensor([0], dtype or _default_dtype())
        buffer = wrap(ops.detach(values._h), cls)
        buffer.requires_grad_(requires_grad)
        return buffer

    def __init__(self, requires_grad=False, device=None, dtype=None):
        pass


def _default_dtype():
    from .._dtype import BY_CODE

    return BY_CODE[ops.default_dtype()]
