"""Random sampling: rand, randn, randint, randperm, normal, bernoulli, the *_like forms and
the in-place fills, all drawing from a Generator in PyTorch's order."""
from .. import _dtype
from .._creation import new_tensor as _empty
from .._engine import ops
from .._size import broadcast_shapes
from .._tensor import Tensor, tensor_method, wrap
from ..autograd.grad_mode import no_grad
from ..random import handle

_INT64_MIN, _INT64_MAX = -(1 << 63), (1 << 63) - 1


def _default_dtype():
    return _dtype.BY_CODE[ops.default_dtype()]


def _size(args, size):
    """The shape given as ``f(2, 3)``, ``f((2, 3))``, ``f([2, 3])`` or ``f(size=(2, 3))``."""
    if size is not None:
        args = (size,)
    if len(args) == 1 and isinstance(args[0], (tuple, list)):
        args = args[0]
    return [int(d) for d in args]


def _finish(t, requires_grad):
    if requires_grad:
        t.requires_grad_(True)
    return t


def _int64(value):
    value = int(value)
    if not _INT64_MIN <= value <= _INT64_MAX:
        raise RuntimeError("Overflow when unpacking long")
    return str(value)


# ---- in-place fills (Tensor methods)


@tensor_method("uniform_")
def _uniform_(input, a=0.0, b=1.0, *, generator=None, **bounds):
    a, b = bounds.get("from", a), bounds.get("to", b)
    ops.uniform_(input._h, float(a), float(b), handle(generator))
    return input


@tensor_method("normal_")
def _normal_(input, mean=0.0, std=1.0, *, generator=None):
    ops.normal_(input._h, float(mean), float(std), handle(generator))
    return input


@tensor_method("random_")
def _random_(input, low=None, high=None, *, generator=None, **bounds):
    low, high = bounds.get("from", low), bounds.get("to", high)
    if low is None and high is None:
        ops.random_full_(input._h, handle(generator))
    else:
        if high is None:
            low, high = 0, low
        ops.random_range_(input._h, _int64(low), _int64(high), handle(generator))
    return input


@tensor_method("bernoulli_")
def _bernoulli_(input, p=0.5, *, generator=None):
    if isinstance(p, Tensor):
        ops.bernoulli_tensor_(input._h, p._h, handle(generator))
    else:
        ops.bernoulli_(input._h, float(p), handle(generator))
    return input


@tensor_method("exponential_")
def _exponential_(input, lambd=1.0, *, generator=None):
    ops.exponential_(input._h, float(lambd), handle(generator))
    return input


@tensor_method("geometric_")
def _geometric_(input, p, *, generator=None):
    ops.geometric_(input._h, float(p), handle(generator))
    return input


@tensor_method("log_normal_")
def _log_normal_(input, mean=1.0, std=2.0, *, generator=None):
    ops.log_normal_(input._h, float(mean), float(std), handle(generator))
    return input


@tensor_method("cauchy_")
def _cauchy_(input, median=0.0, sigma=1.0, *, generator=None):
    ops.cauchy_(input._h, float(median), float(sigma), handle(generator))
    return input


# ---- functions


def rand(*size, generator=None, dtype=None, requires_grad=False, out=None, device=None, layout=None, pin_memory=False,
         **kw):
    t = _empty(_size(size, kw.get("size")), dtype or _default_dtype())
    return _finish(t.uniform_(generator=generator), requires_grad)


def randn(*size, generator=None, dtype=None, requires_grad=False, out=None, device=None, layout=None, pin_memory=False,
          **kw):
    t = _empty(_size(size, kw.get("size")), dtype or _default_dtype())
    return _finish(t.normal_(generator=generator), requires_grad)


_RANDINT_SIGNATURES = """ * (int high, tuple of ints size, *, torch.Generator generator, Tensor out, torch.dtype dtype, torch.layout layout, torch.device device, bool pin_memory, bool requires_grad)
 * (int high, tuple of ints size, *, Tensor out, torch.dtype dtype, torch.layout layout, torch.device device, bool pin_memory, bool requires_grad)
 * (int low, int high, tuple of ints size, *, torch.Generator generator, Tensor out, torch.dtype dtype, torch.layout layout, torch.device device, bool pin_memory, bool requires_grad)
 * (int low, int high, tuple of ints size, *, Tensor out, torch.dtype dtype, torch.layout layout, torch.device device, bool pin_memory, bool requires_grad)
"""


def _type_names(args):
    return ", ".join("Tensor" if isinstance(a, Tensor) else type(a).__name__ for a in args)


def randint(*args, generator=None, dtype=None, requires_grad=False, out=None, device=None, layout=None,
            pin_memory=False, **named):
    names = ("low", "high", "size") if len(args) + len(named) == 3 else ("high", "size")
    bound = dict(zip(names, args))
    bound.update(named)
    if set(bound) != set(names) or len(bound) != len(args) + len(named):
        raise TypeError(f"randint() received an invalid combination of arguments - got ({_type_names(args)}), "
                        f"but expected one of:\n{_RANDINT_SIGNATURES}")
    size = bound["size"]
    if not isinstance(size, (tuple, list)):
        raise TypeError(f"randint(): argument 'size' (position {len(names)}) must be tuple of ints, "
                        f"not {type(size).__name__}")
    t = _empty([int(d) for d in size], dtype or _dtype.int64)
    t.random_(bound.get("low", 0), bound["high"], generator=generator)
    return _finish(t, requires_grad)


def randperm(n, *, generator=None, dtype=None, requires_grad=False, out=None, device=None, layout=None,
             pin_memory=False):
    t = wrap(ops.randperm(int(n), (dtype or _dtype.int64).code, handle(generator)))
    return _finish(t, requires_grad)


def rand_like(input, *, dtype=None, requires_grad=False, **_):
    return _finish(_empty(input.shape, dtype or input.dtype).uniform_(), requires_grad)


def randn_like(input, *, dtype=None, requires_grad=False, **_):
    return _finish(_empty(input.shape, dtype or input.dtype).normal_(), requires_grad)


def randint_like(input, low=0, high=None, *, dtype=None, requires_grad=False, **_):
    if high is None:
        low, high = 0, low
    t = _empty(input.shape, dtype or input.dtype).random_(low, high)
    return _finish(t, requires_grad)


def _flat(values):
    return [v for item in values for v in _flat(item)] if isinstance(values, list) else [values]


def _check_std_tensor(std):
    if any(not v >= 0 for v in _flat(std.tolist())):
        raise RuntimeError("normal expects all elements of std >= 0.0")


def normal(mean, std=1.0, size=None, *, generator=None, out=None, dtype=None, requires_grad=False, **_):
    """torch.normal(mean, std[, size]): tensors of means and/or stds, or numbers and a size.

    With tensors, standard normals are drawn first and then scaled and shifted in two
    roundings, as PyTorch does."""
    mean_t, std_t = isinstance(mean, Tensor), isinstance(std, Tensor)
    if not (mean_t or std_t):
        t = _empty(_size((), size), dtype or _default_dtype())
        return _finish(t.normal_(mean, std, generator=generator), requires_grad)
    with no_grad():
        if mean_t and not std_t:
            t = _empty(mean.shape, mean.dtype).normal_(0.0, std, generator=generator)
            return t.add_(mean)
        _check_std_tensor(std)
        like = mean if mean_t else std
        shape = broadcast_shapes(mean.shape, std.shape) if mean_t else std.shape
        t = _empty(shape, like.dtype).normal_(generator=generator)
        t.mul_(std)
        return t.add_(mean)


@tensor_method()
def bernoulli(input, p=None, *, generator=None, out=None):
    if p is not None:
        return _empty(input.shape, input.dtype).bernoulli_(p, generator=generator)
    return wrap(ops.bernoulli(input._h, handle(generator)))



@tensor_method()
def multinomial(input, num_samples, replacement=False, *, generator=None):
    return wrap(ops.multinomial(input._h, int(num_samples), bool(replacement), handle(generator)))


def poisson(input, generator=None):
    return wrap(ops.poisson(input._h, handle(generator)))
