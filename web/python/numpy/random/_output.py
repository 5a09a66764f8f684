"""How a sampler's `size` becomes a shape, and how its flat list of values becomes NumPy's result:
an ndarray for any shape (even ()), a scalar when size is None."""
import operator


def shape_of(size):
    """The output shape for `size` (an int or a sequence of ints); None stays None (one scalar)."""
    if size is None:
        return None
    if hasattr(size, "__index__"):
        shape = (operator.index(size),)
    else:
        shape = tuple(operator.index(n) for n in size)
    if any(n < 0 for n in shape):
        raise ValueError("negative dimensions are not allowed")
    return shape


def count_of(shape):
    count = 1
    for n in (shape or ()):
        count *= n
    return count


def array(values, shape, dtype_name):
    import numpy
    return numpy._from_flat(values, shape, dtype_name)


def result(values, shape, dtype_name, scalar=float):
    """`values` as an array of `shape`, or, when shape is None, its only value made by `scalar`."""
    if shape is None:
        return scalar(values[0])
    return array(values, shape, dtype_name)


def numpy_scalar(dtype_name):
    """NumPy's scalar type for a dtype name (np.int32 for 'int32'), looked up when first needed."""
    def make(value):
        import numpy
        return getattr(numpy, dtype_name)(value)
    return make


CANONICAL_NAMES = {"bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64",
                   "float32", "float64"}


def dtype_name(dtype):
    """The name of a dtype given as NumPy accepts it: int and bool mean int64 and bool here."""
    if isinstance(dtype, str) and dtype in CANONICAL_NAMES:
        return dtype
    if dtype is int:
        return "int64"
    if dtype is bool:
        return "bool"
    if dtype is float:
        return "float64"
    import numpy
    return numpy.dtype(dtype).name


def is_ndarray(value):
    import numpy
    return isinstance(value, numpy.ndarray)
