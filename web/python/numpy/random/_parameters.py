"""Distributions with a location and a scale (normal, uniform, exponential): their parameters may
be scalars or arrays. With scalars each value is computed in Python; with arrays the standard
values are drawn for the broadcast shape and ndarray arithmetic applies the parameters, which
performs the same double operations in the same order as NumPy."""
import math

from ._output import count_of, result, shape_of


def is_scalar(value):
    return getattr(value, "ndim", 0) == 0 and not isinstance(value, (list, tuple))


def as_array(value):
    import numpy
    return numpy.asarray(value, dtype="float64")


def broadcast_shape(*shapes):
    ndim = max(len(shape) for shape in shapes)
    out = []
    for axis in range(ndim):
        sizes = {shape[axis - ndim + len(shape)] for shape in shapes if axis - ndim + len(shape) >= 0}
        sizes.discard(1)
        if len(sizes) > 1:
            raise ValueError("shape mismatch: objects cannot be broadcast to a single shape")
        out.append(sizes.pop() if sizes else 1)
    return tuple(out)


def broadcast_values(array, shape):
    """The values of `array` broadcast to `shape`, as a flat list in C order."""
    values = array.ravel().tolist()
    source_shape = (1,) * (len(shape) - array.ndim) + tuple(array.shape)
    strides = []
    stride = 1
    for size in reversed(source_shape):
        strides.append(stride if size != 1 else 0)
        stride *= size
    strides.reverse()
    flat = [0]
    for size, step in zip(shape, strides):
        flat = [base + index * step for base in flat for index in range(size)]
    return [values[i] for i in flat]


def non_negative(name):
    """A check that a parameter has no negative value, with NumPy's message."""
    def check(value, scalar):
        if (value < 0) if scalar else bool((value < 0).any()):
            raise ValueError(f"{name} < 0")
    return check


def finite(scalar_message, array_message):
    """A check that a range is finite, with NumPy's messages for scalar and array ranges."""
    def check(value, scalar):
        if scalar and not math.isfinite(value):
            raise OverflowError(scalar_message)
        if not scalar:
            import numpy
            if not bool(numpy.isfinite(value).all()):
                raise OverflowError(array_message)
    return check


def location_scale(standard_values, standard_array, size, location, scale, checks):
    """location + scale * standard draws. standard_values(count) gives the draws as a list,
    standard_array(shape) as an array; each check(scale, scalar) may reject the scale."""
    scalar = is_scalar(location) and is_scalar(scale)
    location, scale = (float(location), float(scale)) if scalar else (as_array(location), as_array(scale))
    for check in checks:
        check(scale, scalar)
    if scalar:
        shape = shape_of(size)
        draws = standard_values(1 if shape is None else count_of(shape))
        return result([location + scale * z for z in draws], shape, "float64")
    shape = shape_of(size) or broadcast_shape(location.shape, scale.shape)
    return location + scale * standard_array(shape)


def low_and_span(low, high):
    """uniform's parameters as a location and a scale: low and high - low."""
    if is_scalar(low) and is_scalar(high):
        return float(low), float(high) - float(low)
    low = as_array(low)
    return low, as_array(high) - low
