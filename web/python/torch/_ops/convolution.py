"""conv1d, conv2d and their transposes (torch.* and torch.nn.functional.*): one engine op,
`convolution`. An unbatched input is convolved as a batch of one and squeezed back, as in PyTorch."""
import warnings

import torch

from .._engine import ops
from .._tensor import wrap


def _per_dim(value, dims):
    return [int(value)] * dims if isinstance(value, int) else [int(v) for v in value]


def _batched(name, input, dims):
    if input.dim() not in (dims + 1, dims + 2):
        raise RuntimeError(f"Expected {dims + 1}D (unbatched) or {dims + 2}D (batched) input to {name}, "
                           f"but got input of size: {list(input.shape)}")
    return input.dim() == dims + 2


def _convolve(name, input, weight, bias, stride, padding, dilation, groups, transposed, output_padding, dims):
    batched = _batched(name, input, dims)
    x = input if batched else input.unsqueeze(0)
    out = wrap(ops.convolution(x._h, weight._h, bias._h if bias is not None else 0, _per_dim(stride, dims),
                               _per_dim(padding, dims), _per_dim(dilation, dims), transposed,
                               _per_dim(output_padding, dims), int(groups)))
    return out if batched else out.squeeze(0)


def _same_padding(input, weight, stride, dilation, dims):
    """padding='same': PyTorch pads symmetrically where it can and, for an odd total padding,
    zero-pads the input's far side by the odd one first."""
    if any(s != 1 for s in _per_dim(stride, dims)):
        raise RuntimeError("padding='same' is not supported for strided convolutions")
    dilation = _per_dim(dilation, dims)
    totals = [d * (k - 1) for d, k in zip(dilation, weight.shape[2:])]
    if any(t % 2 for t in totals):
        warnings.warn("Using padding='same' with even kernel lengths and odd dilation may require a zero-padded "
                      "copy of the input be created")
        for i, total in enumerate(totals):
            if total % 2:
                dim = input.dim() - dims + i
                shape = list(input.shape)
                shape[dim] = 1
                input = torch.cat([input, input.new_zeros(shape)], dim)
    return input, [t // 2 for t in totals]


def _resolve_padding(input, weight, stride, padding, dilation, dims):
    if not isinstance(padding, str):
        return input, padding
    if padding == "valid":
        return input, 0
    if padding == "same":
        return _same_padding(input, weight, stride, dilation, dims)
    raise RuntimeError(f"Invalid padding string: '{padding}'")


def conv1d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    input, padding = _resolve_padding(input, weight, stride, padding, dilation, 1)
    return _convolve("conv1d", input, weight, bias, stride, padding, dilation, groups, False, 0, 1)


def conv2d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    input, padding = _resolve_padding(input, weight, stride, padding, dilation, 2)
    return _convolve("conv2d", input, weight, bias, stride, padding, dilation, groups, False, 0, 2)


def conv_transpose1d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1):
    return _convolve("conv_transpose1d", input, weight, bias, stride, padding, dilation, groups, True,
                     output_padding, 1)


def conv_transpose2d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1):
    return _convolve("conv_transpose2d", input, weight, bias, stride, padding, dilation, groups, True,
                     output_padding, 2)
