"""Lazy modules: layers that learn their input size at the first forward.

Until then their parameters and buffers are Uninitialized*; the first call gives them their
shapes, initialises them as the eager layer does (drawing the same random numbers, at that
moment) and turns the module into that layer (LazyLinear becomes a Linear).
"""
import warnings

from ...autograd.grad_mode import no_grad
from ..parameter import UninitializedParameter, _Uninitialized


class LazyModuleMixin:
    """Put before the eager layer in the bases; the class defines ``cls_to_become`` and
    ``initialize_parameters(*input)``."""

    cls_to_become = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        warnings.warn("Lazy modules are a new feature under heavy development so changes to the API or "
                      "functionality can happen at any moment.")

    def _await_weight_and_bias(self, bias, dtype):
        """Replaces the eager layer's parameters (made with no inputs and no bias) by uninitialised
        ones: the weight, and the bias if the layer has one."""
        self.weight = UninitializedParameter(dtype=dtype)
        if bias:
            self.bias = UninitializedParameter(dtype=dtype)

    def _load_own_state(self, state, prefix, missing, unexpected, errors):
        # A saved state gives an uninitialised member its shape (PyTorch's load pre-hook): the
        # member takes it, and the values are then copied as into any parameter or buffer.
        for name, member in list(self._parameters.items()) + list(self._buffers.items()):
            value = state.get(prefix + name)
            if isinstance(member, _Uninitialized) and value is not None and not isinstance(value, _Uninitialized):
                with no_grad():
                    member.materialize(value.shape)
        super()._load_own_state(state, prefix, missing, unexpected, errors)

    def has_uninitialized_params(self):
        members = list(self._parameters.values()) + list(self._buffers.values())
        return any(isinstance(member, _Uninitialized) for member in members)

    def __call__(self, *input, **kwargs):
        if self.has_uninitialized_params():
            with no_grad():
                self.initialize_parameters(*input, **kwargs)
            if self.has_uninitialized_params():
                raise RuntimeError(f"module {self._get_name()} has not been fully initialized")
            if self.cls_to_become is not None:
                self.__class__ = self.cls_to_become
                return self(*input, **kwargs)  # the eager layer's call, no longer this one
        return super().__call__(*input, **kwargs)
