"""Checks for exercises: a learner's value against the expected one, and a hand-written gradient
against the one autograd computed. A check that fails raises CheckFailed with one sentence in the
learner's terms ("x_grad should be [6, 12, 18], yours is [3, 6, 9]"), which an exercise shows as
its verdict. Values are compared as plain Python numbers (tolist), so the same checks give the
same sentences under PyTorch itself, where the course's recordings are made.

    check(value, expected, tol=1e-05, name="the value")
    check_grad(name, mine, tensor, tol=1e-05)   mine against tensor.grad, after backward()
"""
import contextlib
import inspect
import math

import torch

DEFAULT_TOL = 1e-05
# A value of at most this many numbers is written out whole in a message; a larger one is
# described by its first wrong place.
_SHOWN_WHOLE = 12


# While an exercise's checks run, check_grad adds each Agreement to the innermost list here, so a
# passing verdict can say how each gradient agreed.
_collectors = []


@contextlib.contextmanager
def collecting_agreements():
    """Gives the list of Agreements that check_grad returns inside the ``with`` block."""
    found = []
    _collectors.append(found)
    try:
        yield found
    finally:
        _collectors.pop()


class CheckFailed(AssertionError):
    """A check that did not pass: its message is the verdict the learner reads."""


class Agreement:
    """How a hand-written gradient agrees with autograd's, as the "backprop ninja" exercises
    report it: exactly, or approximately (within the tolerance) with the largest difference."""

    def __init__(self, name, max_diff):
        self.name = name
        self.max_diff = max_diff

    @property
    def exact(self):
        return self.max_diff == 0

    def __repr__(self):
        how = "exact" if self.exact else f"approximate (max diff {self.max_diff:.2g})"
        return f"{self.name}: {how}"


def check(value, expected, tol=DEFAULT_TOL, name="the value"):
    """Passes if ``value`` equals ``expected`` (a tensor, number or nested list) within ``tol``
    (|yours - expected| <= tol * (1 + |expected|), NaN equal to NaN); else raises CheckFailed
    naming ``name``. A tensor given as ``expected`` also fixes the dtype."""
    _compare(value, expected, tol, name)


def check_grad(name, mine, tensor, tol=DEFAULT_TOL):
    """Passes if the learner's gradient ``mine`` matches ``tensor.grad``, the gradient autograd
    computed for ``tensor`` (call ``.retain_grad()`` on a non-leaf tensor before ``backward()``).
    Returns the Agreement (exact, or approximate with the largest difference)."""
    if not isinstance(tensor, torch.Tensor):
        raise TypeError(f"check_grad({name!r}, ...) compares with a tensor's .grad; it was given {_kind(tensor)}")
    if tensor.grad is None:
        raise CheckFailed(
            f"autograd has no gradient to compare {name} with: the tensor needs requires_grad=True "
            "(or .retain_grad() if it is not a leaf) before .backward()")
    agreement = Agreement(name, _compare(mine, tensor.grad, tol, name))
    if _collectors:
        _collectors[-1].append(agreement)
    return agreement


def _compare(value, expected, tol, name):
    """Raises CheckFailed unless value matches expected; returns the largest difference."""
    if value is None:
        raise CheckFailed(f"{name} is None: set it to your answer")
    if inspect.isroutine(value):
        raise CheckFailed(f"{name} is a function: call it and give its result")
    wanted = _as_tensor(expected)
    if wanted is None:
        raise TypeError(f"the expected value must be a tensor, a number or a list, not {_kind(expected)}")
    yours = _as_tensor(value)
    if yours is None:
        raise CheckFailed(f"{name} should be {_describe_kind(wanted)}, yours is {_kind(value)}")
    number_expected = not isinstance(expected, (torch.Tensor, list, tuple))
    if list(yours.shape) != list(wanted.shape) and not (number_expected and yours.numel() == 1):
        raise CheckFailed(f"{name} should have {_shape(wanted)}, yours has {_shape(yours)}")
    if isinstance(expected, torch.Tensor) and isinstance(value, torch.Tensor) and value.dtype != expected.dtype:
        raise CheckFailed(f"{name} should hold {_dtype_words(expected.dtype)}, yours holds {_dtype_words(value.dtype)}")
    mine, theirs = _numbers(yours), _numbers(wanted)
    differences = [_difference(a, b) for a, b in zip(mine, theirs)]
    wrong = [i for i, (a, b) in enumerate(zip(mine, theirs)) if not _close(a, b, tol)]
    if not wrong:
        return max(differences, default=0.0)
    if len(mine) <= _SHOWN_WHOLE:
        message = f"{name} should be {_format(wanted)}, yours is {_format(yours)}"
    else:
        at = wrong[0]
        message = (f"{name} is wrong in {len(wrong)} of {len(mine)} places; at {_index(at, wanted.shape)} "
                   f"it should be {_number(theirs[at])}, yours is {_number(mine[at])}")
    first = wrong[0]
    if _nearly(mine[first], theirs[first], tol):
        message += f" (close: off by {_difference(mine[first], theirs[first]):.2g}, more than the tolerance {tol:g})"
    raise CheckFailed(message)


def _as_tensor(value):
    """``value`` as a tensor (detached, without its graph), or None if it is not numbers."""
    if isinstance(value, torch.Tensor):
        return value.detach()
    if isinstance(value, (bool, int, float, list, tuple)):
        try:
            return torch.tensor(value)
        except (TypeError, ValueError, RuntimeError):
            return None
    return None


def _numbers(tensor):
    flat = tensor.reshape(-1).tolist()
    return [complex(x) if isinstance(x, complex) else float(x) for x in flat]


def _difference(a, b):
    if a == b or (_is_nan(a) and _is_nan(b)):
        return 0.0
    return abs(a - b)


def _close(a, b, tol):
    if _is_nan(a) or _is_nan(b):
        return _is_nan(a) and _is_nan(b)
    return a == b or abs(a - b) <= tol * (1 + abs(b))


def _nearly(a, b, tol):
    """Off by little: rounding, or a float32 sum taken in another order."""
    return not (_is_nan(a) or _is_nan(b)) and abs(a - b) <= max(100 * tol, 1e-2) * (1 + abs(b))


def _is_nan(x):
    return x != x


def _shape(tensor):
    return "a single number" if tensor.dim() == 0 else f"shape {list(tensor.shape)}"


def _dtype_words(dtype):
    if dtype == torch.bool:
        kind = "True/False values"
    elif dtype.is_complex:
        kind = "complex numbers"
    elif dtype.is_floating_point:
        kind = "floating-point numbers"
    else:
        kind = "integers"
    return f"{kind} ({dtype})"


def _describe_kind(tensor):
    return "a number" if tensor.dim() == 0 else f"a tensor of shape {list(tensor.shape)}"


def _kind(value):
    if value is None:
        return "None"
    text = repr(value)
    shown = f" ({text})" if len(text) <= 30 and isinstance(value, (str, bytes)) else ""
    return f"a {type(value).__name__}{shown}"


def _index(flat, shape):
    index = []
    for size in reversed(list(shape)):
        index.append(flat % size)
        flat //= size
    return list(reversed(index))


def _format(tensor):
    return _nested(tensor.tolist())


def _nested(value):
    if isinstance(value, list):
        return "[" + ", ".join(_nested(item) for item in value) + "]"
    return _number(value)


def _number(x):
    """A number as a learner writes it: 6 for 6.0, 0.333333 for 1/3."""
    if isinstance(x, bool):
        return str(x)
    if isinstance(x, complex):
        return str(x)
    if isinstance(x, float) and math.isfinite(x) and x.is_integer() and abs(x) < 1e15:
        return str(int(x))
    if isinstance(x, float):
        return format(x, ".6g")
    return str(x)
