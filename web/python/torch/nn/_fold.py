"""torch.nn.functional.unfold and fold: the engine's im2col and col2im (Im2ColBackward0,
Col2ImBackward0), each argument one int or a (height, width) pair."""
from .._engine import ops
from .._tensor import wrap


def _pair(value):
    return [int(value)] * 2 if isinstance(value, int) else [int(v) for v in value]


def unfold(input, kernel_size, dilation=1, padding=0, stride=1):
    return wrap(ops.im2col(input._h, _pair(kernel_size), _pair(dilation), _pair(padding), _pair(stride)))


def fold(input, output_size, kernel_size, dilation=1, padding=0, stride=1):
    return wrap(ops.col2im(input._h, _pair(output_size), _pair(kernel_size), _pair(dilation), _pair(padding),
                           _pair(stride)))

