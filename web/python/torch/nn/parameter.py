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

    def __reduce_ex__(self, protocol):
        return Parameter, (self.detach(), self.requires_grad)
