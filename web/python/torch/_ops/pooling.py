"""max/avg pooling (torch.* and torch.nn.functional.*): 2-D engine ops; the 1-D forms pool an
input unsqueezed to a height of 1 and squeeze it back, as PyTorch does."""
from .._engine import ops
from .._tensor import wrap


def _pair(value):
    if isinstance(value, int):
        return [value, value]
    value = [int(v) for v in value]
    return value * 2 if len(value) == 1 else value


def _single(value):
    return int(value) if isinstance(value, int) else int(value[0])


def _stride_or_kernel(stride, kernel_size):
    return kernel_size if stride is None or (not isinstance(stride, int) and len(stride) == 0) else stride


def max_pool2d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False):
    values, indices = (wrap(h) for h in ops.max_pool2d_with_indices(
        input._h, _pair(kernel_size), _pair(_stride_or_kernel(stride, kernel_size)), _pair(padding), _pair(dilation),
        bool(ceil_mode)))
    return (values, indices) if return_indices else values


def max_pool2d_with_indices(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False,
                            return_indices=False):
    return max_pool2d(input, kernel_size, stride, padding, dilation, ceil_mode, True)


def max_pool1d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False):
    if input.dim() not in (2, 3):
        raise RuntimeError("max_pool1d: Expected 2D or 3D (batch mode) tensor with optional 0 dim batch size for "
                           f"input, but got:{list(input.shape)}")
    stride = _stride_or_kernel(stride, kernel_size)
    values, indices = max_pool2d(input.unsqueeze(-2), [1, _single(kernel_size)], [1, _single(stride)],
                                 [0, _single(padding)], [1, _single(dilation)], ceil_mode, True)
    values = values.squeeze(-2)
    return (values, indices.squeeze(-2)) if return_indices else values


def avg_pool2d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True,
               divisor_override=None):
    if input.dim() < 3:
        raise IndexError(f"Dimension out of range (expected to be in range of [{-max(input.dim(), 1)}, "
                         f"{max(input.dim(), 1) - 1}], but got -3)")
    return wrap(ops.avg_pool2d(input._h, _pair(kernel_size), _pair(_stride_or_kernel(stride, kernel_size)),
                               _pair(padding), bool(ceil_mode), bool(count_include_pad), divisor_override))


def avg_pool1d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True):
    if input.dim() not in (2, 3):
        raise RuntimeError(f"Expected 2 to 3 dimensions, but got {input.dim()}-dimensional tensor for argument #1 "
                           "'self' (while checking arguments for avg_pool1d)")
    stride = _stride_or_kernel(stride, kernel_size)
    return avg_pool2d(input.unsqueeze(-2), [1, _single(kernel_size)], [1, _single(stride)], [0, _single(padding)],
                      ceil_mode, count_include_pad).squeeze(-2)


def adaptive_avg_pool2d(input, output_size):
    size = _pair(output_size) if not isinstance(output_size, int) and None not in output_size else output_size
    if not isinstance(size, int):
        size = [input.shape[-2 + i] if s is None else s for i, s in enumerate(size)]
    size = _pair(size)
    if size == [1, 1]:
        # PyTorch takes the mean for a 1×1 output (so its grad_fn is MeanBackward1).
        return input.mean((-1, -2), keepdim=True)
    return wrap(ops.adaptive_avg_pool2d(input._h, size))


def adaptive_max_pool2d(input, output_size, return_indices=False):
    if isinstance(output_size, int):
        size = [output_size] * 2
    else:
        # torch.nn.functional's _list_with_default: None keeps the input's size.
        if input.dim() <= len(output_size):
            raise ValueError(f"Input dimension should be at least {len(output_size) + 1}")
        size = [d if s is None else int(s) for s, d in zip(output_size, input.shape[-len(output_size):])]
    values, indices = (wrap(h) for h in ops.adaptive_max_pool2d(input._h, size))
    return (values, indices) if return_indices else values


def adaptive_max_pool2d_with_indices(input, output_size, return_indices=False):
    return adaptive_max_pool2d(input, output_size, True)


def _one_size(name, input, output_size):
    """1-D adaptive pooling's checks: a 2-D or 3-D input and one output size."""
    if input.dim() not in (2, 3):
        raise RuntimeError(f"Expected 2 to 3 dimensions, but got {input.dim()}-dimensional tensor for argument #1 "
                           f"'self' (while checking arguments for {name})")
    if isinstance(output_size, int):
        return output_size
    if len(output_size) != 1:
        raise RuntimeError(f"{name}() argument 'output_size' should contain one int (got {len(output_size)})")
    return int(output_size[0])


def adaptive_max_pool1d(input, output_size, return_indices=False):
    size = _one_size("adaptive_max_pool1d", input, output_size)
    values, indices = adaptive_max_pool2d(input.unsqueeze(-2), [1, size], True)
    values = values.squeeze(-2)
    return (values, indices.squeeze(-2)) if return_indices else values


def adaptive_max_pool1d_with_indices(input, output_size, return_indices=False):
    return adaptive_max_pool1d(input, output_size, True)


def adaptive_avg_pool1d(input, output_size):
    size = _one_size("adaptive_avg_pool1d", input, output_size)
    return adaptive_avg_pool2d(input.unsqueeze(-2), [1, size]).squeeze(-2)
