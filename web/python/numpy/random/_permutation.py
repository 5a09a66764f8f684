"""shuffle and permutation, RandomState's and Generator's alike (both draw each swap partner by
masking, whatever their other integer draws do)."""
from ._output import array, is_ndarray


def shuffled_order(bitgen, n):
    """range(n) shuffled as NumPy's shuffle does (RandomState's and Generator's alike): Fisher–Yates
    from the end, each swap partner drawn by masked rejection in [0, i]."""
    order = list(range(n))
    i = n - 1
    while i > 0:
        draws = bitgen.words(i) if i <= 0xFFFFFFFF else bitgen.words64(i)
        for word in draws:
            j = word & ((1 << i.bit_length()) - 1)
            if j <= i:
                order[i], order[j] = order[j], order[i]
                i -= 1
                if i == 0:
                    break
    return order


def _index_array(order):
    return array(order, (len(order),), "int64")


def shuffle(bitgen, x):
    """Shuffles x in place along its first axis: an ndarray, a list or another mutable sequence."""
    order = shuffled_order(bitgen, len(x))
    if not isinstance(x, list) and is_ndarray(x):
        if x.ndim and x.size:
            x[:] = x[_index_array(order)]
        return
    values = list(x)
    for i, j in enumerate(order):
        x[i] = values[j]


def permutation(bitgen, x, zero_dim_error):
    """A shuffled arange(x) for an integer x, else a shuffled copy of x along its first axis."""
    if isinstance(x, int) or (getattr(x, "ndim", None) == 0 and getattr(x, "dtype", None) is not None
                              and x.dtype.kind in "iu"):
        return _index_array(shuffled_order(bitgen, max(int(x), 0)))
    import numpy
    values = numpy.asarray(x)
    if values.ndim < 1:
        raise zero_dim_error()
    return values[_index_array(shuffled_order(bitgen, values.shape[0]))]
