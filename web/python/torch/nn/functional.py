"""torch.nn.functional: activations, dropout, linear and losses as functions."""
import warnings

import torch

from .._unsupported import package_getattr
from .. import _dtype
from .._engine import ops
from .._tensor import wrap
from ._reduction import legacy_reduction, reduction_code


def _reduction(size_average, reduce, reduction):
    if size_average is not None or reduce is not None:
        reduction = legacy_reduction(size_average, reduce)
    return reduction_code(reduction)


def _broadcast_shape(a, b):
    rank = max(len(a), len(b))
    a, b = (1,) * (rank - len(a)) + tuple(a), (1,) * (rank - len(b)) + tuple(b)
    shape = []
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y and x != 1 and y != 1:
            raise RuntimeError(f"The size of tensor a ({x}) must match the size of tensor b ({y}) "
                               f"at non-singleton dimension {i}")
        shape.append(y if x == 1 else x)
    return shape


def _broadcast_pair(a, b):
    shape = _broadcast_shape(a.shape, b.shape)
    return (a if list(a.shape) == shape else a.expand(shape)), (b if list(b.shape) == shape else b.expand(shape))


# ---- activations


def relu(input, inplace=False):
    return torch.relu_(input) if inplace else torch.relu(input)


def leaky_relu(input, negative_slope=0.01, inplace=False):
    result = wrap(ops.leaky_relu(input._h, float(negative_slope)))
    if inplace:
        with torch.no_grad():
            input.copy_(result)
        return input
    return result


def sigmoid(input):
    return torch.sigmoid(input)


def tanh(input):
    return torch.tanh(input)


def _implicit_dim(name, ndim):
    warnings.warn(f"Implicit dimension choice for {name} has been deprecated. "
                  "Change the call to include dim=X as an argument.", stacklevel=3)
    return 0 if ndim in (0, 1, 3) else 1


def softmax(input, dim=None, _stacklevel=3, dtype=None):
    if dim is None:
        dim = _implicit_dim("softmax", input.dim())
    return input.softmax(dim, dtype=dtype)


def log_softmax(input, dim=None, _stacklevel=3, dtype=None):
    if dim is None:
        dim = _implicit_dim("log_softmax", input.dim())
    return input.log_softmax(dim, dtype=dtype)


def dropout(input, p=0.5, training=True, inplace=False):
    """Zeroes each element with probability p (one Bernoulli draw per element, PyTorch's
    stream) and scales the kept ones by 1/(1-p); the identity when not training."""
    if p < 0.0 or p > 1.0:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
    if not training or p == 0 or input.numel() == 0:
        return input
    if p == 1:
        noise = torch.zeros_like(input)
    else:
        keep = 1 - p
        noise = torch.zeros_like(input).bernoulli_(keep)
        noise.div_(keep)
    return input.mul_(noise) if inplace else input * noise


# ---- linear


def linear(input, weight, bias=None):
    if bias is not None and input.dim() == 2:
        return torch.addmm(bias, input, weight.t())
    if bias is not None and input.dim() == 3 and input.is_contiguous():
        rows = input.view(-1, input.shape[-1])
        out = torch.addmm(bias, rows, weight.t())
        return out.view(input.shape[0], input.shape[1], out.shape[-1])
    out = input.matmul(weight.t())
    return out if bias is None else out + bias


# ---- losses


def _warn_if_sizes_differ(input, target):
    if target.size() != input.size():
        warnings.warn(f"Using a target size ({target.size()}) that is different to the input size ({input.size()}). "
                      "This will likely lead to incorrect results due to broadcasting. "
                      "Please ensure they have the same size.", stacklevel=3)


def mse_loss(input, target, size_average=None, reduce=None, reduction="mean"):
    _warn_if_sizes_differ(input, target)
    code = _reduction(size_average, reduce, reduction)
    input, target = _broadcast_pair(input, target)
    return wrap(ops.mse_loss(input._h, target._h, code))


def l1_loss(input, target, size_average=None, reduce=None, reduction="mean"):
    _warn_if_sizes_differ(input, target)
    code = _reduction(size_average, reduce, reduction)
    input, target = _broadcast_pair(input, target)
    loss = (input - target).abs()
    return loss.mean() if code == 1 else loss.sum() if code == 2 else loss


def nll_loss(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction="mean"):
    code = _reduction(size_average, reduce, reduction)
    if input.dim() < 1:
        raise ValueError(f"Expected 1 or more dimensions (got {input.dim()})")
    if input.dim() != 1 and input.size(0) != target.size(0):
        raise ValueError(f"Expected input batch_size ({input.size(0)}) to match target batch_size ({target.size(0)}).")
    weight_h = weight._h if weight is not None else 0
    if input.dim() <= 2:
        return wrap(ops.nll_loss(input._h, target._h, weight_h, code, float(ignore_index)))
    if input.dim() == 4:
        return wrap(ops.nll_loss2d(input._h, target._h, weight_h, code, float(ignore_index)))
    # Other spatial shapes go through the 4-D loss, flattened as PyTorch flattens them.
    n, classes = input.shape[0], input.shape[1]
    out_size = [n, *input.shape[2:]]
    if list(target.shape[1:]) != list(input.shape[2:]):
        raise RuntimeError(f"Expected target size {out_size}, got {list(target.shape)}")
    flat_input = input.contiguous().view(n, classes, 1, -1)
    flat_target = target.contiguous().view(n, 1, -1)
    loss = wrap(ops.nll_loss2d(flat_input._h, flat_target._h, weight_h, code, float(ignore_index)))
    return loss.view(*out_size) if code == 0 else loss


def cross_entropy(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction="mean",
                  label_smoothing=0.0):
    code = _reduction(size_average, reduce, reduction)
    class_dim = 0 if input.dim() == 1 else 1
    if input.shape == target.shape:
        return _cross_entropy_probabilities(input, target, weight, ignore_index, code, class_dim)
    if label_smoothing > 0.0:
        raise NotImplementedError("cross_entropy with label_smoothing is not supported here")
    reduction = {0: "none", 1: "mean", 2: "sum"}[code]
    return nll_loss(input.log_softmax(class_dim), target, weight, ignore_index=ignore_index, reduction=reduction)


def _cross_entropy_probabilities(input, target, weight, ignore_index, code, class_dim):
    """Targets that are class probabilities: -Σ p·log softmax(x), averaged over the samples."""
    if not target.dtype.is_floating_point:
        raise RuntimeError(f"Expected floating point type for target with class probabilities, got "
                           f"{_scalar_type_name(target.dtype)}")
    if ignore_index >= 0:
        raise RuntimeError("ignore_index is not supported for floating point target")
    classes = input.shape[class_dim]
    if weight is not None and not (weight.dim() == 1 and weight.numel() == classes):
        raise RuntimeError(f"weight tensor should be defined either for all {classes} classes or no classes but got "
                           f"weight tensor of shape: {list(weight.shape)}")
    return wrap(ops.cross_entropy_probabilities(input._h, target._h, weight._h if weight is not None else 0, code))


def _scalar_type_name(dtype):
    return {"bool": "Bool", "int32": "Int", "int64": "Long", "float32": "Float", "float64": "Double"}[dtype.name]


def binary_cross_entropy(input, target, weight=None, size_average=None, reduce=None, reduction="mean"):
    code = _reduction(size_average, reduce, reduction)
    if target.size() != input.size():
        raise ValueError(f"Using a target size ({target.size()}) that is different to the input size ({input.size()}) "
                         "is deprecated. Please ensure they have the same size.")
    if weight is not None:
        weight = weight.expand(_broadcast_shape(target.shape, weight.shape))
    return wrap(ops.binary_cross_entropy(input._h, target._h, weight._h if weight is not None else 0, code))


def binary_cross_entropy_with_logits(input, target, weight=None, size_average=None, reduce=None, reduction="mean",
                                     pos_weight=None):
    code = _reduction(size_average, reduce, reduction)
    if target.size() != input.size():
        raise ValueError(f"Target size ({target.size()}) must be the same as input size ({input.size()})")
    return wrap(ops.binary_cross_entropy_with_logits(input._h, target._h, weight._h if weight is not None else 0,
                                                     pos_weight._h if pos_weight is not None else 0, code))


def one_hot(tensor, num_classes=-1):
    if tensor.dtype is not _dtype.int64:
        raise RuntimeError("one_hot is only applicable to index tensor.")
    flat = _flat(tensor.tolist())
    if flat and min(flat) < 0:
        raise RuntimeError("Class values must be non-negative.")
    if num_classes == -1:
        num_classes = max(flat) + 1 if flat else 0
    elif flat and max(flat) >= num_classes:
        raise RuntimeError("Class values must be smaller than num_classes.")
    rows = [[1 if v == c else 0 for c in range(num_classes)] for v in flat]
    return torch.tensor(rows, dtype=_dtype.int64).reshape(*tensor.shape, num_classes)


def _flat(values):
    return [v for item in values for v in _flat(item)] if isinstance(values, list) else [values]


__getattr__ = package_getattr(__name__)
