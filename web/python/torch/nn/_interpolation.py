"""torch.nn.functional.interpolate and its deprecated forms: PyTorch 1.13's argument handling
(output size from size, or ⌊input size · scale_factor⌋ with the factor passed on to the kernel
unless recompute_scale_factor), then the engine's resampling for nearest, nearest-exact and
(bi/tri)linear, and adaptive average pooling for 'area'."""
import math
import warnings

from .._engine import ops
from .._ops.pooling import adaptive_avg_pool1d, adaptive_avg_pool2d
from .._tensor import wrap

_NEAREST, _NEAREST_EXACT, _LINEAR = 0, 1, 2
_LINEAR_MODES = {"linear": 1, "bilinear": 2, "trilinear": 3}


def interpolate(input, size=None, scale_factor=None, mode="nearest", align_corners=None,
                recompute_scale_factor=None, antialias=False):
    if mode in ("nearest", "area", "nearest-exact"):
        if align_corners is not None:
            raise ValueError("align_corners option can only be set with the interpolating modes: "
                             "linear | bilinear | bicubic | trilinear")
    elif align_corners is None:
        align_corners = False
    dims = input.dim() - 2
    if size is not None and scale_factor is not None:
        raise ValueError("only one of size or scale_factor should be defined")
    if size is not None:
        if isinstance(size, (list, tuple)):
            if len(size) != dims:
                raise ValueError(
                    "Input and output must have the same number of spatial dimensions, but got input with spatial "
                    f"dimensions of {list(input.shape[2:])} and output size of {size}. Please provide input tensor "
                    "in (N, C, d1, d2, ...,dK) format and output size in (o1, o2, ...,oK) format.")
            output_size = [int(s) for s in size]
        else:
            output_size = [int(size)] * dims
        scales = None
    elif scale_factor is not None:
        if isinstance(scale_factor, (list, tuple)):
            if len(scale_factor) != dims:
                raise ValueError(
                    "Input and scale_factor must have the same number of spatial dimensions, but got input with "
                    f"spatial dimensions of {list(input.shape[2:])} and scale_factor of shape {scale_factor}. "
                    "Please provide input tensor in (N, C, d1, d2, ...,dK) format and scale_factor in "
                    "(s1, s2, ...,sK) format.")
            scales = [float(s) for s in scale_factor]
        else:
            scales = [float(scale_factor)] * dims
        output_size = None
    else:
        raise ValueError("either size or scale_factor should be defined")
    if recompute_scale_factor and size is not None:
        raise ValueError("recompute_scale_factor is not meaningful with an explicit size.")
    if mode == "area" and output_size is None:
        recompute_scale_factor = True
    if recompute_scale_factor:
        output_size = [int(math.floor(float(input.size(i + 2)) * scales[i])) for i in range(dims)]
        scales = None
    if antialias and not (mode in ("bilinear", "bicubic") and input.dim() == 4):
        raise ValueError("Anti-alias option is only supported for bilinear and bicubic modes")
    if output_size is None:
        # The kernel's size: the product truncated, as ATen's compute_output_size does.
        output_size = [int(input.size(i + 2) * scales[i]) for i in range(dims)]
    if 1 <= dims <= 3 and mode in ("nearest", "nearest-exact"):
        return wrap(ops.upsample(input._h, _NEAREST if mode == "nearest" else _NEAREST_EXACT, output_size, scales,
                                 False))
    if mode == "area" and dims in (1, 2):
        return (adaptive_avg_pool1d if dims == 1 else adaptive_avg_pool2d)(input, output_size)
    if _LINEAR_MODES.get(mode) == dims:
        if antialias:
            raise NotImplementedError("interpolate(antialias=True) is not supported yet")
        return wrap(ops.upsample(input._h, _LINEAR, output_size, scales, bool(align_corners)))
    if mode == "bicubic" and dims == 2 or mode == "area" and dims == 3:
        raise NotImplementedError(f"interpolate(mode='{mode}') is not supported yet")
    for name, needed in _LINEAR_MODES.items():
        if mode == name and dims in (1, 2, 3):
            raise NotImplementedError(f"Got {dims + 2}D input, but {name} mode needs {needed + 2}D input")
    raise NotImplementedError(
        f"Input Error: Only 3D, 4D and 5D input Tensors supported (got {input.dim()}D) for the modes: "
        f"nearest | linear | bilinear | bicubic | trilinear | area | nearest-exact (got {mode})")


def upsample(input, size=None, scale_factor=None, mode="nearest", align_corners=None):
    warnings.warn("nn.functional.upsample is deprecated. Use nn.functional.interpolate instead.", stacklevel=2)
    return interpolate(input, size, scale_factor, mode, align_corners)


def upsample_nearest(input, size=None, scale_factor=None):
    warnings.warn("nn.functional.upsample_nearest is deprecated. Use nn.functional.interpolate instead.",
                  stacklevel=2)
    return interpolate(input, size, scale_factor, mode="nearest")


def upsample_bilinear(input, size=None, scale_factor=None):
    warnings.warn("nn.functional.upsample_bilinear is deprecated. Use nn.functional.interpolate instead.",
                  stacklevel=2)
    return interpolate(input, size, scale_factor, mode="bilinear", align_corners=True)
