"""torch.nn.functional: activations, dropout, linear and losses as functions."""
import math
import warnings

import torch

from .._unsupported import package_getattr
from .. import _dtype
from .._dtype import scalar_type_name
from .._engine import ops
from .._size import broadcast_shapes as _broadcast_shapes
from .._ops.activation import prelu  # noqa: F401
from .._ops.convolution import conv1d, conv2d, conv_transpose1d, conv_transpose2d  # noqa: F401
from .._ops.pooling import (adaptive_avg_pool2d, avg_pool1d, avg_pool2d, max_pool1d, max_pool2d,  # noqa: F401
                            max_pool2d_with_indices)
from .._ops.pooling import (adaptive_avg_pool1d, adaptive_max_pool1d, adaptive_max_pool1d_with_indices,  # noqa: F401
                            adaptive_max_pool2d, adaptive_max_pool2d_with_indices)
from ._padding import pad  # noqa: F401
from ._interpolation import interpolate, upsample, upsample_bilinear, upsample_nearest  # noqa: F401
from ._fold import fold, unfold  # noqa: F401
from ._pixel_shuffle import pixel_shuffle, pixel_unshuffle  # noqa: F401
from .._tensor import wrap
from ._reduction import legacy_reduction, reduction_code
from ._pointwise_activation import (celu, celu_, elu, gelu, hardsigmoid, hardswish, hardtanh, mish, relu6,  # noqa: F401
                                    selu, silu, softplus)
from ._distance import cosine_similarity, normalize, pairwise_distance  # noqa: F401


def _reduction(size_average, reduce, reduction):
    if size_average is not None or reduce is not None:
        reduction = legacy_reduction(size_average, reduce)
    return reduction_code(reduction)


def _broadcast_pair(a, b):
    shape = _broadcast_shapes(a.shape, b.shape)
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


def _feature_dropout(input, p, training, inplace):
    """Zeroes whole channels: one Bernoulli draw per (sample, channel), broadcast over the rest."""
    if not training or p == 0 or input.numel() == 0:
        return input
    if p == 1:
        noise = torch.zeros([])
    else:
        keep = 1 - p
        noise = torch.empty(list(input.shape[:2]) + [1] * (input.dim() - 2), dtype=input.dtype).bernoulli_(keep)
        noise.div_(keep)
    return input.mul_(noise) if inplace else input * noise


def _check_dropout_probability(p):
    if p < 0.0 or p > 1.0:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")


def dropout1d(input, p=0.5, training=True, inplace=False):
    _check_dropout_probability(p)
    if input.dim() not in (2, 3):
        raise RuntimeError(f"dropout1d: Expected 2D or 3D input, but received a {input.dim()}D input. Note that "
                           "dropout1d exists to provide channel-wise dropout on inputs with 1 spatial dimension, a "
                           "channel dimension, and an optional batch dimension (i.e. 2D or 3D inputs).")
    if input.dim() == 3:
        return _feature_dropout(input, p, training, inplace)
    batched = input.unsqueeze_(0) if inplace else input.unsqueeze(0)
    result = _feature_dropout(batched, p, training, inplace)
    return result.squeeze_(0) if inplace else result.squeeze(0)


def dropout2d(input, p=0.5, training=True, inplace=False):
    _check_dropout_probability(p)
    if input.dim() not in (3, 4):
        warnings.warn(f"dropout2d: Received a {input.dim()}-D input to dropout2d, which is deprecated and will result "
                      "in an error in a future release. To retain the behavior and silence this warning, please use "
                      "dropout instead. Note that dropout2d exists to provide channel-wise dropout on inputs with 2 "
                      "spatial dimensions, a channel dimension, and an optional batch dimension (i.e. 3D or 4D "
                      "inputs).")
    if input.dim() == 3:  # PyTorch 1.13 reads a 3-D input as (N, C, L)
        warnings.warn("dropout2d: Received a 3D input to dropout2d and assuming that channel-wise 1D dropout "
                      "behavior is desired - input is interpreted as shape (N, C, L), where C is the channel dim. "
                      "This behavior will change in a future release to interpret the input as one without a batch "
                      "dimension, i.e. shape (C, H, W). To maintain the 1D channel-wise dropout behavior, please "
                      "switch to using dropout1d instead.")
    return _feature_dropout(input, p, training, inplace)


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


def smooth_l1_loss(input, target, size_average=None, reduce=None, reduction="mean", beta=1.0):
    _warn_if_sizes_differ(input, target)
    code = _reduction(size_average, reduce, reduction)
    input, target = _broadcast_pair(input, target)
    return wrap(ops.smooth_l1_loss(input._h, target._h, code, float(beta)))


def huber_loss(input, target, reduction="mean", delta=1.0):
    _warn_if_sizes_differ(input, target)
    code = _reduction(None, None, reduction)
    input, target = _broadcast_pair(input, target)
    return wrap(ops.huber_loss(input._h, target._h, code, float(delta)))


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
                           f"{scalar_type_name(target.dtype)}")
    if ignore_index >= 0:
        raise RuntimeError("ignore_index is not supported for floating point target")
    classes = input.shape[class_dim]
    if weight is not None and not (weight.dim() == 1 and weight.numel() == classes):
        raise RuntimeError(f"weight tensor should be defined either for all {classes} classes or no classes but got "
                           f"weight tensor of shape: {list(weight.shape)}")
    return wrap(ops.cross_entropy_probabilities(input._h, target._h, weight._h if weight is not None else 0, code))


def binary_cross_entropy(input, target, weight=None, size_average=None, reduce=None, reduction="mean"):
    code = _reduction(size_average, reduce, reduction)
    if target.size() != input.size():
        raise ValueError(f"Using a target size ({target.size()}) that is different to the input size ({input.size()}) "
                         "is deprecated. Please ensure they have the same size.")
    if weight is not None:
        weight = weight.expand(_broadcast_shapes(target.shape, weight.shape))
    return wrap(ops.binary_cross_entropy(input._h, target._h, weight._h if weight is not None else 0, code))


def binary_cross_entropy_with_logits(input, target, weight=None, size_average=None, reduce=None, reduction="mean",
                                     pos_weight=None):
    code = _reduction(size_average, reduce, reduction)
    if target.size() != input.size():
        raise ValueError(f"Target size ({target.size()}) must be the same as input size ({input.size()})")
    return wrap(ops.binary_cross_entropy_with_logits(input._h, target._h, weight._h if weight is not None else 0,
                                                     pos_weight._h if pos_weight is not None else 0, code))


def kl_div(input, target, size_average=None, reduce=None, reduction="mean", log_target=False):
    """target·(log target - input) (or e^target·(target - input) with log_target), reduced; 'batchmean'
    is the sum divided by the batch size."""
    if size_average is not None or reduce is not None:
        reduction = legacy_reduction(size_average, reduce)
    elif reduction == "mean":
        warnings.warn("reduction: 'mean' divides the total loss by both the batch size and the support size."
                      "'batchmean' divides only by the batch size, and aligns with the KL div math definition."
                      "'mean' will be changed to behave the same as 'batchmean' in the next major release.")
    summed = reduction == "batchmean"
    reduction_code("sum" if summed else reduction)  # rejects an unknown reduction
    # PyTorch's kl_div refuses integral (and complex) operands before computing anything; this
    # package has no complex dtypes.
    if not (input.dtype.is_floating_point and target.dtype.is_floating_point):
        raise RuntimeError("kl_div: Integral inputs not supported.")
    # PyTorch's C++ evaluates the right operand first; the order the nodes are made in decides
    # the order the target's gradients are added in.
    if log_target:
        difference = target - input
        loss = torch.exp(target) * difference
    else:
        product = target * input
        loss = torch.xlogy(target, target) - product
    if summed or reduction == "sum":
        loss = loss.sum()
    elif reduction != "none":
        loss = loss.mean()
    return loss / input.size()[0] if summed and input.dim() != 0 else loss


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



# ---- attention


def _mha_shape_check(query, key, value, key_padding_mask, attn_mask, num_heads):
    """True for batched (3-D) inputs, False for unbatched (2-D) ones; PyTorch's assertions otherwise."""
    if query.dim() == 3:
        assert key.dim() == 3 and value.dim() == 3, (
            "For batched (3-D) `query`, expected `key` and `value` to be 3-D but found "
            f"{key.dim()}-D and {value.dim()}-D tensors respectively")
        if key_padding_mask is not None:
            assert key_padding_mask.dim() == 2, (
                "For batched (3-D) `query`, expected `key_padding_mask` to be `None` or 2-D but found "
                f"{key_padding_mask.dim()}-D tensor instead")
        if attn_mask is not None:
            assert attn_mask.dim() in (2, 3), (
                "For batched (3-D) `query`, expected `attn_mask` to be `None`, 2-D or 3-D but found "
                f"{attn_mask.dim()}-D tensor instead")
        return True
    if query.dim() == 2:
        assert key.dim() == 2 and value.dim() == 2, (
            "For unbatched (2-D) `query`, expected `key` and `value` to be 2-D but found "
            f"{key.dim()}-D and {value.dim()}-D tensors respectively")
        if key_padding_mask is not None:
            assert key_padding_mask.dim() == 1, (
                "For unbatched (2-D) `query`, expected `key_padding_mask` to be `None` or 1-D but found "
                f"{key_padding_mask.dim()}-D tensor instead")
        if attn_mask is not None:
            assert attn_mask.dim() in (2, 3), (
                "For unbatched (2-D) `query`, expected `attn_mask` to be `None`, 2-D or 3-D but found "
                f"{attn_mask.dim()}-D tensor instead")
            if attn_mask.dim() == 3:
                expected_shape = (num_heads, query.shape[0], key.shape[0])
                assert attn_mask.shape == expected_shape, (
                    f"Expected `attn_mask` shape to be {expected_shape} but got {attn_mask.shape}")
        return False
    raise AssertionError(
        f"query should be unbatched 2D or batched 3D tensor but received {query.dim()}-D query tensor")


def _in_projection_packed(q, k, v, w, b=None):
    """q, k, v through one packed [3E, E] weight, sharing the matmul where inputs are shared."""
    E = q.size(-1)
    if k is v:
        if q is k:
            return linear(q, w, b).chunk(3, dim=-1)
        w_q, w_kv = w.split([E, E * 2])
        b_q, b_kv = (None, None) if b is None else b.split([E, E * 2])
        return (linear(q, w_q, b_q),) + linear(k, w_kv, b_kv).chunk(2, dim=-1)
    w_q, w_k, w_v = w.chunk(3)
    b_q, b_k, b_v = (None, None, None) if b is None else b.chunk(3)
    return linear(q, w_q, b_q), linear(k, w_k, b_k), linear(v, w_v, b_v)


def _in_projection(q, k, v, w_q, w_k, w_v, b_q=None, b_k=None, b_v=None):
    Eq, Ek, Ev = q.size(-1), k.size(-1), v.size(-1)
    assert w_q.shape == (Eq, Eq), f"expecting query weights shape of {(Eq, Eq)}, but got {w_q.shape}"
    assert w_k.shape == (Eq, Ek), f"expecting key weights shape of {(Eq, Ek)}, but got {w_k.shape}"
    assert w_v.shape == (Eq, Ev), f"expecting value weights shape of {(Eq, Ev)}, but got {w_v.shape}"
    assert b_q is None or b_q.shape == (Eq,), f"expecting query bias shape of {(Eq,)}, but got {b_q.shape}"
    assert b_k is None or b_k.shape == (Eq,), f"expecting key bias shape of {(Eq,)}, but got {b_k.shape}"
    assert b_v is None or b_v.shape == (Eq,), f"expecting value bias shape of {(Eq,)}, but got {b_v.shape}"
    return linear(q, w_q, b_q), linear(k, w_k, b_k), linear(v, w_v, b_v)


def _append_zero_column(mask):
    """pad(mask, (0, 1)): one more key position, never masked."""
    return torch.cat([mask, torch.zeros(*mask.shape[:-1], 1, dtype=mask.dtype)], -1)


def multi_head_attention_forward(query, key, value, embed_dim_to_check, num_heads, in_proj_weight, in_proj_bias,
                                 bias_k, bias_v, add_zero_attn, dropout_p, out_proj_weight, out_proj_bias,
                                 training=True, key_padding_mask=None, need_weights=True, attn_mask=None,
                                 use_separate_proj_weight=False, q_proj_weight=None, k_proj_weight=None,
                                 v_proj_weight=None, static_k=None, static_v=None, average_attn_weights=True):
    """Sequence-first attention, [time, batch, embed], in the steps of PyTorch 1.13's function:
    project, split into heads, softmax(q k^T / sqrt(d) + mask) v, merge heads, project."""
    is_batched = _mha_shape_check(query, key, value, key_padding_mask, attn_mask, num_heads)
    if not is_batched:
        query, key, value = query.unsqueeze(1), key.unsqueeze(1), value.unsqueeze(1)
        if key_padding_mask is not None:
            key_padding_mask = key_padding_mask.unsqueeze(0)
    tgt_len, bsz, embed_dim = query.shape
    src_len = key.shape[0]
    if key_padding_mask is not None and key_padding_mask.dtype != torch.bool \
            and not key_padding_mask.is_floating_point():
        raise AssertionError("only bool and floating types of key_padding_mask are supported")
    assert embed_dim == embed_dim_to_check, \
        f"was expecting embedding dimension of {embed_dim_to_check}, but got {embed_dim}"
    head_dim = embed_dim // num_heads
    assert head_dim * num_heads == embed_dim, f"embed_dim {embed_dim} not divisible by num_heads {num_heads}"
    if use_separate_proj_weight:
        assert key.shape[:2] == value.shape[:2], \
            f"key's sequence and batch dims {key.shape[:2]} do not match value's {value.shape[:2]}"
        assert q_proj_weight is not None, "use_separate_proj_weight is True but q_proj_weight is None"
        assert k_proj_weight is not None, "use_separate_proj_weight is True but k_proj_weight is None"
        assert v_proj_weight is not None, "use_separate_proj_weight is True but v_proj_weight is None"
        b_q, b_k, b_v = (None, None, None) if in_proj_bias is None else in_proj_bias.chunk(3)
        q, k, v = _in_projection(query, key, value, q_proj_weight, k_proj_weight, v_proj_weight, b_q, b_k, b_v)
    else:
        assert key.shape == value.shape, f"key shape {key.shape} does not match value shape {value.shape}"
        assert in_proj_weight is not None, "use_separate_proj_weight is False but in_proj_weight is None"
        q, k, v = _in_projection_packed(query, key, value, in_proj_weight, in_proj_bias)

    if attn_mask is not None:
        if attn_mask.dtype == _dtype.uint8:
            warnings.warn("Byte tensor for attn_mask in nn.MultiheadAttention is deprecated. Use bool tensor instead.")
            attn_mask = attn_mask.to(torch.bool)
        else:
            assert attn_mask.is_floating_point() or attn_mask.dtype == torch.bool, \
                f"Only float, byte, and bool types are supported for attn_mask, not {attn_mask.dtype}"
        if attn_mask.dim() == 2:
            correct_2d_size = (tgt_len, src_len)
            if attn_mask.shape != correct_2d_size:
                raise RuntimeError(
                    f"The shape of the 2D attn_mask is {attn_mask.shape}, but should be {correct_2d_size}.")
            attn_mask = attn_mask.unsqueeze(0)
        elif attn_mask.dim() == 3:
            correct_3d_size = (bsz * num_heads, tgt_len, src_len)
            if attn_mask.shape != correct_3d_size:
                raise RuntimeError(
                    f"The shape of the 3D attn_mask is {attn_mask.shape}, but should be {correct_3d_size}.")
        else:
            raise RuntimeError(f"attn_mask's dimension {attn_mask.dim()} is not supported")

    if bias_k is not None and bias_v is not None:
        assert static_k is None, "bias cannot be added to static key."
        assert static_v is None, "bias cannot be added to static value."
        k = torch.cat([k, bias_k.repeat(1, bsz, 1)])
        v = torch.cat([v, bias_v.repeat(1, bsz, 1)])
        if attn_mask is not None:
            attn_mask = _append_zero_column(attn_mask)
        if key_padding_mask is not None:
            key_padding_mask = _append_zero_column(key_padding_mask)
    else:
        assert bias_k is None
        assert bias_v is None

    # Heads become batch entries: [time, batch, embed] -> [batch * heads, time, head_dim].
    q = q.contiguous().view(tgt_len, bsz * num_heads, head_dim).transpose(0, 1)
    k = _heads(k, static_k, bsz * num_heads, head_dim, "static_k")
    v = _heads(v, static_v, bsz * num_heads, head_dim, "static_v")
    if add_zero_attn:
        zeros = torch.zeros(bsz * num_heads, 1, head_dim, dtype=k.dtype)
        k = torch.cat([k, zeros], dim=1)
        v = torch.cat([v, zeros], dim=1)
        if attn_mask is not None:
            attn_mask = _append_zero_column(attn_mask)
        if key_padding_mask is not None:
            key_padding_mask = _append_zero_column(key_padding_mask)
    src_len = k.size(1)

    if key_padding_mask is not None:
        assert key_padding_mask.shape == (bsz, src_len), \
            f"expecting key_padding_mask shape of {(bsz, src_len)}, but got {key_padding_mask.shape}"
        key_padding_mask = key_padding_mask.view(bsz, 1, 1, src_len).expand(-1, num_heads, -1, -1) \
            .reshape(bsz * num_heads, 1, src_len)
        if attn_mask is None:
            attn_mask = key_padding_mask
        elif attn_mask.dtype == torch.bool:
            attn_mask = attn_mask.logical_or(key_padding_mask)
        else:
            attn_mask = attn_mask.masked_fill(key_padding_mask, float("-inf"))
    if attn_mask is not None and attn_mask.dtype == torch.bool:
        attn_mask = torch.zeros_like(attn_mask, dtype=q.dtype).masked_fill(attn_mask, float("-inf"))
    if not training:
        dropout_p = 0.0

    q_scaled = q / math.sqrt(q.shape[2])
    if attn_mask is not None:
        attn_output_weights = torch.baddbmm(attn_mask, q_scaled, k.transpose(-2, -1))
    else:
        attn_output_weights = torch.bmm(q_scaled, k.transpose(-2, -1))
    attn_output_weights = softmax(attn_output_weights, dim=-1)
    if dropout_p > 0.0:
        attn_output_weights = dropout(attn_output_weights, p=dropout_p)
    attn_output = torch.bmm(attn_output_weights, v)
    attn_output = attn_output.transpose(0, 1).contiguous().view(tgt_len * bsz, embed_dim)
    attn_output = linear(attn_output, out_proj_weight, out_proj_bias)
    attn_output = attn_output.view(tgt_len, bsz, attn_output.size(1))
    if not need_weights:
        return (attn_output if is_batched else attn_output.squeeze(1)), None
    attn_output_weights = attn_output_weights.view(bsz, num_heads, tgt_len, src_len)
    if average_attn_weights:
        attn_output_weights = attn_output_weights.sum(dim=1) / num_heads
    if not is_batched:
        attn_output = attn_output.squeeze(1)
        attn_output_weights = attn_output_weights.squeeze(0)
    return attn_output, attn_output_weights


def _heads(t, static, batch_heads, head_dim, name):
    if static is None:
        return t.contiguous().view(t.shape[0], batch_heads, head_dim).transpose(0, 1)
    assert static.size(0) == batch_heads, f"expecting {name}.size(0) of {batch_heads}, but got {static.size(0)}"
    assert static.size(2) == head_dim, f"expecting {name}.size(2) of {head_dim}, but got {static.size(2)}"
    return static


__getattr__ = package_getattr(__name__)


# ---- normalisation layers


def _verify_batch_size(size):
    values = size[0]
    for extent in size[2:]:
        values *= extent
    if values == 1:
        raise ValueError(f"Expected more than 1 value per channel when training, got input size {size}")


def _handle(t):
    return t._h if t is not None else 0


def batch_norm(input, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-5):
    if training:
        _verify_batch_size(input.size())
    return wrap(ops.batch_norm(input._h, _handle(weight), _handle(bias), _handle(running_mean), _handle(running_var),
                               training, momentum, eps))


def instance_norm(input, running_mean=None, running_var=None, weight=None, bias=None, use_input_stats=True,
                  momentum=0.1, eps=1e-5):
    """PyTorch's instance norm: batch norm of the input seen as one sample of N·C channels, the
    parameters and running statistics repeated per sample (the running ones then averaged back)."""
    if use_input_stats:
        spatial = 1
        for extent in input.size()[2:]:
            spatial *= extent
        if spatial == 1:
            raise ValueError(f"Expected more than 1 spatial element when training, got input size {input.size()}")
    samples, channels = input.size(0), input.size(1)

    def repeated(t):
        return None if t is None else t.repeat(samples)

    running = [repeated(running_mean), repeated(running_var)]
    out = batch_norm(input.contiguous().view(1, samples * channels, *input.size()[2:]), running[0], running[1],
                     repeated(weight), repeated(bias), use_input_stats, momentum, eps)
    with torch.no_grad():
        for stats, blended in zip((running_mean, running_var), running):
            if stats is not None:
                stats.copy_(blended.view(samples, channels).mean(0))
    return out.view(input.size())


def layer_norm(input, normalized_shape, weight=None, bias=None, eps=1e-5):
    return wrap(ops.layer_norm(input._h, list(normalized_shape), _handle(weight), _handle(bias), eps))


def group_norm(input, num_groups, weight=None, bias=None, eps=1e-5):
    if input.dim() < 2:
        raise RuntimeError(f"Expected at least 2 dimensions for input tensor but received {input.dim()}")
    _verify_batch_size([input.size(0) * input.size(1) // num_groups, num_groups] + list(input.size()[2:]))
    return wrap(ops.group_norm(input._h, num_groups, _handle(weight), _handle(bias), eps))


# ---- embeddings


def embedding(input, weight, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, sparse=False):
    if padding_idx is not None:
        if padding_idx < 0:
            padding_idx += weight.size(0)
        assert 0 <= padding_idx < weight.size(0), "Padding_idx must be within num_embeddings"
    else:
        padding_idx = -1
    if max_norm is not None:
        _renorm_rows(weight, input, max_norm, norm_type)
    return wrap(ops.embedding(weight._h, input._h, padding_idx))


def _renorm_rows(weight, input, max_norm, norm_type):
    """Scales, in place, each looked-up row whose norm exceeds max_norm down to max_norm (as
    PyTorch's embedding_renorm_: the norm read as a double, 1e-7 added)."""
    with torch.no_grad():
        for row in sorted(set(input.reshape(-1).tolist())):
            norm = weight[row].norm(norm_type).item()
            if norm > max_norm:
                weight[row].mul_(max_norm / (norm + 1e-7))



_BAG_MODES = {"sum": 0, "mean": 1, "max": 2}


def embedding_bag(input, weight, offsets=None, max_norm=None, norm_type=2, scale_grad_by_freq=False, mode="mean",
                  sparse=False, per_sample_weights=None, include_last_offset=False, padding_idx=None):
    """Each bag's rows of weight reduced by mode: bags are the rows of a 2-D input, or the runs of
    a 1-D input that start at offsets."""
    if per_sample_weights is not None and input.size() != per_sample_weights.size():
        raise ValueError(f"embedding_bag: If per_sample_weights ({per_sample_weights.shape}) is not None, "
                         f"then it must have the same shape as the input ({input.shape})")
    if input.dim() == 2:
        if offsets is not None:
            raise ValueError("if input is 2D, then offsets has to be None, as input is treated is a mini-batch of "
                             f"fixed length sequences. However, found offsets of type {type(offsets)}")
        offsets = torch.arange(0, input.numel(), input.size(1), dtype=input.dtype)
        input = input.reshape(-1)
        if per_sample_weights is not None:
            per_sample_weights = per_sample_weights.reshape(-1)
    elif input.dim() == 1:
        if offsets is None:
            raise ValueError("offsets has to be a 1D Tensor but got None")
        if offsets.dim() != 1:
            raise ValueError("offsets has to be a 1D Tensor")
    else:
        raise ValueError(f"input has to be 1D or 2D Tensor, but got Tensor of dimension {input.dim()}")
    if mode not in _BAG_MODES:
        raise ValueError("mode has to be one of sum, mean or max")
    if mode == "max" and scale_grad_by_freq:
        raise ValueError("max mode does not support scaling the gradient by the frequency")
    if mode == "max" and sparse:
        raise ValueError("max mode does not support sparse weights")
    if scale_grad_by_freq or sparse:
        from .._unsupported import unsupported

        raise unsupported("embedding_bag with scale_grad_by_freq or sparse")
    if max_norm is not None:
        _renorm_rows(weight, input, max_norm, norm_type)
    if per_sample_weights is not None and mode != "sum":
        raise NotImplementedError(f"embedding_bag: per_sample_weights was not None. per_sample_weights is only "
                                  f"supported for mode='sum' (got mode='{mode}'). Please open a feature request on "
                                  "GitHub.")
    if padding_idx is None:
        padding_idx = -1
    else:
        rows = weight.size(0)
        if not -rows <= padding_idx < rows:
            raise RuntimeError(f"padding_idx must be within the number of embeddings, -{rows} through {rows - 1}, "
                               f"but got {padding_idx}")
        padding_idx %= rows
    return wrap(ops.embedding_bag(weight._h, input._h, offsets._h, _BAG_MODES[mode],
                                  per_sample_weights._h if per_sample_weights is not None else 0,
                                  bool(include_last_offset), padding_idx))
