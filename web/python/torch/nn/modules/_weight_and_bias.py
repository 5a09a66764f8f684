"""The parameters of Linear and the convolutions: a weight and an optional bias, made in the given
(or the default) dtype and initialised as PyTorch's reset_parameters does, so a seeded model
starts with PyTorch's numbers."""
import math

from ... import _dtype
from ..._creation import new_tensor
from .. import init
from ..parameter import Parameter


def default_dtype():
    from ..._engine import ops

    return _dtype.BY_CODE[ops.default_dtype()]


def add_weight_and_bias(module, weight_shape, bias_size, bias, dtype):
    """Registers module.weight and module.bias ([bias_size], or None without a bias), then
    initialises them with the module's reset_parameters."""
    dtype = dtype or default_dtype()
    module.weight = Parameter(new_tensor(list(weight_shape), dtype))
    if bias:
        module.bias = Parameter(new_tensor([bias_size], dtype))
    else:
        module.register_parameter("bias", None)
    module.reset_parameters()


def kaiming_reset(weight, bias, fill_bias_without_fan_in):
    """Kaiming-uniform weight (a = √5) and a bias uniform in ±1/√fan_in. Without inputs (fan_in
    0) Linear still fills its bias (with zeros, drawing from the generator) and a convolution
    leaves it as it is."""
    init.kaiming_uniform_(weight, a=math.sqrt(5))
    if bias is None:
        return
    fan_in, _ = init._calculate_fan_in_and_fan_out(weight)
    if fan_in > 0:
        init.uniform_(bias, -1 / math.sqrt(fan_in), 1 / math.sqrt(fan_in))
    elif fill_bias_without_fan_in:
        init.uniform_(bias, 0, 0)
