"""torch.nn.functional.pad: PyTorch 1.13's at::pad. 'constant' is constant_pad_nd, 'reflect' and
'replicate' the engine's edge padding of 1 to 3 dims; 'circular' is built from slices and copies
into a new tensor, as PyTorch builds it (so its grad_fn is CopySlices)."""
from .._engine import ops
from .._tensor import wrap

_MODES = ("constant", "reflect", "replicate", "circular")


def pad(input, pad, mode="constant", value=None):
    if mode not in _MODES:
        raise NotImplementedError(f"Unrecognised padding mode {mode}")
    pad = [int(p) for p in pad]
    if len(pad) % 2:
        raise RuntimeError("Padding length must be divisible by 2")
    if len(pad) > input.dim() * 2:
        raise RuntimeError("Padding length too large")
    if mode == "constant":
        return wrap(ops.constant_pad_nd(input._h, pad, 0.0 if value is None else float(value)))
    if value is not None and value != 0:
        raise RuntimeError(f'Padding mode "{mode}" doesn\'t take in value argument')
    dims = len(pad) // 2
    if 1 <= dims <= 3 and input.dim() in (dims + 1, dims + 2):
        if mode == "circular":
            return _pad_circular(input, pad)
        return wrap(ops.edge_pad(input._h, pad, mode == "reflect"))
    raise NotImplementedError("Only 2D, 3D, 4D, 5D padding with non-constant padding are supported for now")


def _pad_circular(input, pad):
    """The middle copied from the input (cropped by negative pads), then, dim by dim from the
    last, the left margin from the far end and the right margin from the near end of the result
    so far (corners are written more than once)."""
    dims = input.dim() - 2
    if len(pad) != 2 * dims:
        raise RuntimeError(f"Invalid padding size, expected {2 * dims} but got {len(pad)}")
    shape = list(input.shape)
    for i in range(dims):
        before, after = pad[2 * (dims - i - 1)], pad[2 * (dims - i - 1) + 1]
        size = shape[2 + i]
        shape[2 + i] = size + before + after
        if before > size or after > size:
            raise RuntimeError("Padding value causes wrapping around more than once.")
        if shape[2 + i] < 0:
            raise RuntimeError("Negative padding value is resulting in an empty dimension")
    out = input.new_empty(shape)
    out_middle, in_middle = out, input
    for i in range(dims):
        dim, before, after = dims - i + 1, pad[2 * i], pad[2 * i + 1]
        out_middle = out_middle[(slice(None),) * dim + (slice(max(before, 0), shape[dim] - max(after, 0)),)]
        in_middle = in_middle[(slice(None),) * dim + (slice(max(-before, 0), input.shape[dim] - max(-after, 0)),)]
    out_middle.copy_(in_middle)
    for i in range(dims):
        dim, before, after = dims - i + 1, pad[2 * i], pad[2 * i + 1]
        if before > 0:
            out.narrow(dim, 0, before).copy_(out.narrow(dim, shape[dim] - before - max(after, 0), before))
        if after > 0:
            out.narrow(dim, shape[dim] - after, after).copy_(out.narrow(dim, max(before, 0), after))
    return out
