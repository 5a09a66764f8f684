"""How tensors and parameters pickle: in PyTorch's form, a call of a torch._utils rebuild
function on the tensor's storage and its place in it. torch.save turns each storage into a
record of its own (torch.serialization); copy.copy gives a tensor sharing the storage."""
from collections import OrderedDict

from . import _utils
from ._storage import Storage
from ._tensor import Tensor
from .nn.parameter import Parameter


def _reduce_tensor(self, protocol):
    # A fresh, empty OrderedDict where PyTorch writes its (never saved) backward hooks.
    args = (Storage.of(self), self.storage_offset(), tuple(self.shape), self.stride(), self.requires_grad,
            OrderedDict())
    return _utils._rebuild_tensor_v2, args


def _reduce_parameter(self, protocol):
    return _utils._rebuild_parameter, (self.data, self.requires_grad, OrderedDict())


Tensor.__reduce_ex__ = _reduce_tensor
Parameter.__reduce_ex__ = _reduce_parameter
