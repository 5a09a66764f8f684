"""Distribution parameters that may be scalars or arrays. With scalars a sampler computes each
value in Python; with arrays it draws the standard values for the broadcast shape and lets ndarray
arithmetic apply them, which performs the same double operations in the same order as NumPy."""


def is_scalar(value):
    return getattr(value, "ndim", 0) == 0 and not isinstance(value, (list, tuple))


def as_float(value):
    return float(value)


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


def any_negative(array):
    return bool((array < 0).any())
