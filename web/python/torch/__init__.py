"""A PyTorch-compatible ``torch`` package running on the Gradbook engine."""
import builtins as _builtins

from . import _dtype, cuda, return_types
from ._creation import (
    BFloat16Tensor, BoolTensor, ByteTensor, CharTensor, DoubleTensor, FloatTensor, HalfTensor, IntTensor, LongTensor,
    ShortTensor, arange, as_tensor, empty, empty_like, eye, full,
    frombuffer, full_like, is_tensor, linspace, logspace, numel, ones, ones_like, tensor, zeros, zeros_like,
)
from ._device import device
from ._dtype import bfloat16, bool, dtype, float16, float32, float64, int8, int16, int32, int64, uint8
from ._engine import ops as _engine_ops
from ._size import Size
from ._storage import (BFloat16Storage, BoolStorage, ByteStorage, CharStorage, DoubleStorage, FloatStorage,
                       HalfStorage, IntStorage, LongStorage, ShortStorage)
from ._numpy_bridge import from_numpy
from ._ops.activation import log_softmax, prelu, softmax
from ._ops._args import promote_types, result_type
from ._ops.binary import *  # noqa: F403 -- add, mul, eq, maximum, ... their aliases, in-place forms and operators
from ._ops.compare import (
    allclose, bitwise_not, clamp, clamp_, clip, clip_, equal, isclose, isfinite, isinf, isnan, logical_not, nonzero,
    where,
)
from ._ops.compare import clamp_max, clamp_max_, clamp_min, clamp_min_, nan_to_num, nan_to_num_
from ._ops.ternary import *  # noqa: F403 -- addcmul, addcdiv, lerp
from ._ops.copy import is_complex, is_floating_point
from ._ops.indexing import flip, gather, index_select, masked_fill, masked_select, scatter, scatter_add
from ._ops.indexing import index_add, index_copy, index_fill, masked_scatter, roll, rot90
from ._ops.products import cross, kron
from ._ops.histograms import bincount, histc
from ._ops.joining import cat, chunk, concat, split, stack, unbind
from ._ops.linalg import bmm, dot, ger, matmul, mm, mv, outer
from . import linalg
from ._ops.linalg_legacy import cholesky, det, inverse, logdet, qr, slogdet, svd
from ._ops.reduction import (
    all, amax, amin, any, argmax, argmin, cumsum, max, mean, min, norm, prod, std, std_mean, sum, var,
    var_mean,
)
from ._ops.linear import addmm, baddbmm
from ._ops.sorting import argsort, kthvalue, msort, sort, topk, unique, unique_consecutive
from ._ops.scan import cummax, cummin, cumprod, logcumsumexp
from ._ops.matrix_parts import diag, diag_embed, diagonal, logsumexp, trace, tril, triu
from ._ops.einsum import einsum
from ._ops.grids import cartesian_prod, meshgrid
from ._ops.rearranging import repeat_interleave, take_along_dim, tensordot, tile
from ._ops import inplace_views as _inplace_views  # noqa: F401 -- Tensor.unsqueeze_, t_, ...
from ._ops.convolution import conv1d, conv2d, conv_transpose1d, conv_transpose2d
from ._ops.pooling import avg_pool1d, max_pool1d, max_pool2d
from ._ops import new as _new  # noqa: F401 -- Tensor.new_tensor, new_zeros, ...
from ._ops.sampling import (bernoulli, multinomial, normal, poisson, rand, rand_like, randint, randint_like, randn,
                             randn_like, randperm)
from ._ops.views import (clone, detach, flatten, movedim, narrow, permute, reshape, select, squeeze, t, transpose,
                         unflatten, unsqueeze)
from ._ops.unary import *  # noqa: F403 -- exp, sin, abs, ... and their in-place forms
from ._tensor import Tensor
from ._type_info import finfo, iinfo
from ._unsupported import torch_getattr as __getattr__
from . import _host  # noqa: F401 — lets the engine call Python hooks and Functions
from . import autograd
from .autograd import (enable_grad, inference_mode, is_grad_enabled, is_inference_mode_enabled, no_grad,
                       set_grad_enabled)
from .random import Generator, default_generator, get_rng_state, initial_seed, manual_seed, seed, set_rng_state

moveaxis = movedim
swapaxes = swapdims = transpose

float = float32
double = float64
long = int64
int = int32
half = float16
short = int16

__version__ = "1.13.0"

from . import nn, optim, utils  # noqa: E402  (they use the names above)
from .nn._pointwise_activation import celu_, torch_celu as celu  # noqa: E402
from . import special  # noqa: E402
from . import _pickling, _utils, serialization  # noqa: E402,F401
from .serialization import load, save  # noqa: E402


def get_default_dtype():
    return _dtype.BY_CODE[_engine_ops.default_dtype()]


def set_default_dtype(d):
    if not d.is_floating_point:
        raise TypeError("only floating-point types are supported as the default type")
    _engine_ops.set_default_dtype(d.code)


def set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None, profile=None, sci_mode=None):
    _print_options.update(precision, threshold, edgeitems, linewidth, profile, sci_mode)


class _PrintOptions:
    """PyTorch's print options; each set_printoptions call resets sci_mode unless given."""

    PROFILES = {"default": (4, 1000, 3, 80), "short": (2, 1000, 2, 80), "full": (4, 2**63 - 1, 3, 80)}

    def __init__(self):
        self.precision, self.threshold, self.edgeitems, self.linewidth = self.PROFILES["default"]
        self.sci = -1

    def update(self, precision, threshold, edgeitems, linewidth, profile, sci_mode):
        if profile is not None:
            self.precision, self.threshold, self.edgeitems, self.linewidth = self.PROFILES[profile]
        if precision is not None:
            self.precision = precision
        if threshold is not None:
            self.threshold = threshold
        if edgeitems is not None:
            self.edgeitems = edgeitems
        if linewidth is not None:
            self.linewidth = linewidth
        self.sci = -1 if sci_mode is None else (1 if sci_mode else 0)
        self.apply()

    def apply(self):
        """Hands the options to the engine, which formats tensors."""
        # As floats: a threshold like the 'full' profile's 2**63 - 1 is no JavaScript integer.
        _engine_ops.set_print_options(
            self.precision, _builtins.float(self.threshold), _builtins.float(self.edgeitems),
            _builtins.float(self.linewidth), self.sci,
        )


_print_options = _PrintOptions()


def _reset_state():
    """Back to a fresh interpreter's torch state (the runner's batch mode calls this)."""
    global _print_options
    _engine_ops.reset_state()
    _print_options = _PrintOptions()


def _live_tensors():
    """How many tensors the engine holds (for leak checks)."""
    return _builtins.int(_engine_ops.live_tensors())


def _heap_bytes():
    """The size of the engine's WebAssembly memory in bytes (for memory checks)."""
    return _builtins.int(_engine_ops.heap_bytes())
