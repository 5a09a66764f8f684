"""Tensor.new_tensor, new_zeros, new_ones, new_full, new_empty: new tensors that take their
dtype (and device) from the tensor they are called on unless given, and never its history."""
import warnings

from .._creation import _filled, _finish, _flatten, from_values
from .._tensor import Tensor, tensor_method


@tensor_method()
def new_tensor(self, data, *, dtype=None, device=None, requires_grad=False):
    if isinstance(data, Tensor):
        warnings.warn(
            "To copy construct from a tensor, it is recommended to use sourceTensor.clone().detach() or "
            "sourceTensor.clone().detach().requires_grad_(True), rather than tensor.new_tensor(sourceTensor).",
            UserWarning,
            stacklevel=2,
        )
        return _finish(data.detach().to(dtype or self.dtype, copy=True), requires_grad, device)
    flat, shape = _flatten(data)
    return _finish(from_values(flat, shape, dtype or self.dtype), requires_grad, device)


@tensor_method()
def new_zeros(self, *size, dtype=None, device=None, requires_grad=False):
    return _filled("new_zeros", size, 0, dtype or self.dtype, requires_grad, device)


@tensor_method()
def new_ones(self, *size, dtype=None, device=None, requires_grad=False):
    return _filled("new_ones", size, 1, dtype or self.dtype, requires_grad, device)


@tensor_method()
def new_empty(self, *size, dtype=None, device=None, requires_grad=False):
    # Uninitialised memory in PyTorch; zeros here, so nothing depends on leftovers.
    return _filled("new_empty", size, 0, dtype or self.dtype, requires_grad, device)


@tensor_method()
def new_full(self, size, fill_value, *, dtype=None, device=None, requires_grad=False):
    if not isinstance(size, (tuple, list)):
        raise TypeError(f"new_full(): argument 'size' (position 1) must be tuple of SymInts, not {type(size).__name__}")
    if isinstance(fill_value, Tensor):
        fill_value = fill_value.item()
    return _filled("new_full", (size,), fill_value, dtype or self.dtype, requires_grad, device)
