"""Generator on PCG64, as np.random.default_rng makes it: NumPy's streams for the same seed, with
the Generator's own algorithms (ziggurat normals and exponentials, Lemire's bounded integers,
Floyd's sampling without replacement)."""
import math
import operator

from . import _bounded, _parameters, _ziggurat
from ._choice import choose
from ._mtrand import INT_BOUNDS, shuffled_order
from ._output import array, count_of, dtype_name, is_ndarray, numpy_scalar, result, shape_of
from ._pcg64 import PCG64


def _bounded_index(bitgen, rng):
    """One draw in [0, rng] as NumPy's random_bounded_uint64 makes it without masking."""
    return _bounded.lemire(bitgen, rng, 1)[0]


def _shuffle_tail(bitgen, values, first):
    """Fisher–Yates on values[first:] from the end, each partner drawn by Lemire in [0, i] (how
    choice shuffles its indices)."""
    for i in range(len(values) - 1, first - 1, -1):
        j = _bounded_index(bitgen, i)
        values[i], values[j] = values[j], values[i]


def _floyd(bitgen, pop_size, count):
    """`count` distinct indices below pop_size by Floyd's algorithm, in NumPy's order."""
    taken = set()
    out = []
    for j in range(pop_size - count, pop_size):
        value = _bounded_index(bitgen, j)
        if value in taken:
            value = j
        taken.add(value)
        out.append(value)
    return out


class Generator:
    def __init__(self, bit_generator):
        self._bit_generator = bit_generator

    @property
    def bit_generator(self):
        return self._bit_generator

    def __repr__(self):
        return f"Generator(PCG64) at 0x{id(self):X}"

    # --- uniform floats ----------------------------------------------------------------------

    def _uniform_values(self, count):
        return self._bit_generator.doubles(count)

    def random(self, size=None, dtype="float64"):
        shape = shape_of(size)
        count = 1 if shape is None else count_of(shape)
        name = dtype_name(dtype)
        if name == "float64":
            return result(self._uniform_values(count), shape, name)
        if name == "float32":
            values = [(word >> 8) * (1.0 / 16777216.0) for word in self._bit_generator.words(count)]
            return result(values, shape, name)
        import numpy
        raise TypeError(f"Unsupported dtype {numpy.dtype(dtype)!r} for random")

    def uniform(self, low=0.0, high=1.0, size=None):
        if _parameters.is_scalar(low) and _parameters.is_scalar(high):
            low, high = float(low), float(high)
            span = high - low
            if not math.isfinite(span):
                raise OverflowError("high - low range exceeds valid bounds")
            if span < 0:
                raise ValueError("high - low < 0")
            shape = shape_of(size)
            draws = self._uniform_values(1 if shape is None else count_of(shape))
            return result([low + span * u for u in draws], shape, "float64")
        import numpy
        low, high = _parameters.as_array(low), _parameters.as_array(high)
        span = high - low
        if not bool(numpy.isfinite(span).all()):
            raise OverflowError("Range exceeds valid bounds")
        if _parameters.any_negative(span):
            raise ValueError("high - low < 0")
        shape = shape_of(size) or _parameters.broadcast_shape(low.shape, span.shape)
        return low + span * self.random(shape)

    # --- normal and exponential --------------------------------------------------------------

    def standard_normal(self, size=None, dtype="float64"):
        if dtype_name(dtype) != "float64":
            import numpy
            raise TypeError(f"Unsupported dtype {numpy.dtype(dtype)!r} for standard_normal")
        shape = shape_of(size)
        return result(_ziggurat.standard_normal(self._bit_generator, 1 if shape is None else count_of(shape)),
                      shape, "float64")

    def normal(self, loc=0.0, scale=1.0, size=None):
        if _parameters.is_scalar(loc) and _parameters.is_scalar(scale):
            loc, scale = float(loc), float(scale)
            if scale < 0:
                raise ValueError("scale < 0")
            shape = shape_of(size)
            draws = _ziggurat.standard_normal(self._bit_generator, 1 if shape is None else count_of(shape))
            return result([loc + scale * z for z in draws], shape, "float64")
        loc, scale = _parameters.as_array(loc), _parameters.as_array(scale)
        if _parameters.any_negative(scale):
            raise ValueError("scale < 0")
        shape = shape_of(size) or _parameters.broadcast_shape(loc.shape, scale.shape)
        return loc + scale * self.standard_normal(shape)

    def standard_exponential(self, size=None, dtype="float64"):
        if dtype_name(dtype) != "float64":
            import numpy
            raise TypeError(f"Unsupported dtype {numpy.dtype(dtype)!r} for standard_exponential")
        shape = shape_of(size)
        return result(_ziggurat.standard_exponential(self._bit_generator, 1 if shape is None else count_of(shape)),
                      shape, "float64")

    def exponential(self, scale=1.0, size=None):
        if _parameters.is_scalar(scale):
            scale = float(scale)
            if scale < 0:
                raise ValueError("scale < 0")
            shape = shape_of(size)
            draws = _ziggurat.standard_exponential(self._bit_generator, 1 if shape is None else count_of(shape))
            return result([scale * e for e in draws], shape, "float64")
        scale = _parameters.as_array(scale)
        if _parameters.any_negative(scale):
            raise ValueError("scale < 0")
        return scale * self.standard_exponential(shape_of(size) or scale.shape)

    # --- integers ----------------------------------------------------------------------------

    def integers(self, low, high=None, size=None, dtype="int64", endpoint=False):
        name = dtype_name(dtype)
        if name not in INT_BOUNDS:
            import numpy
            raise TypeError(f"Unsupported dtype {numpy.dtype(dtype)!r} for integers")
        if high is None:
            low, high, message = 0, low, "high <= 0"
        else:
            message = "low > high" if endpoint else "low >= high"
        low, high = operator.index(low), operator.index(high)
        last = high if endpoint else high - 1
        smallest, largest = INT_BOUNDS[name]
        if low < smallest:
            raise ValueError(f"low is out of bounds for {name}")
        if last > largest:
            raise ValueError(f"high is out of bounds for {name}")
        if low > last:
            raise ValueError(message)
        shape = shape_of(size)
        draws = _bounded.lemire(self._bit_generator, last - low, 1 if shape is None else count_of(shape), name)
        values = [low + value for value in draws]
        if name == "bool":
            values = [bool(value) for value in values]
        if shape is None and dtype in (int, bool):
            return dtype(values[0])
        return result(values, shape, name, numpy_scalar("bool_" if name == "bool" else name))

    # --- permutations and choice -------------------------------------------------------------

    def _index_values(self, pop_size, count):
        return _bounded.lemire(self._bit_generator, pop_size - 1, count)

    def _distinct_index_values(self, pop_size, count, shuffle=True):
        if pop_size > 10000 and count > pop_size // (50 if shuffle else 20):
            order = list(range(pop_size))
            _shuffle_tail(self._bit_generator, order, max(pop_size - count, 1))
            return order[pop_size - count:]
        chosen = _floyd(self._bit_generator, pop_size, count)
        if shuffle:
            _shuffle_tail(self._bit_generator, chosen, 1)
        return chosen

    def choice(self, a, size=None, replace=True, p=None, axis=0, shuffle=True):
        if axis != 0:
            raise NotImplementedError("Generator.choice supports axis=0 only")
        return choose(self, a, size, replace, p, False,
                      lambda pop_size, count: self._distinct_index_values(pop_size, count, shuffle))

    def _order(self, n):
        """range(n) in the order shuffle and permutation give: partners drawn by masking."""
        return shuffled_order(self._bit_generator, n)

    def shuffle(self, x, axis=0):
        if axis != 0:
            raise NotImplementedError("Generator.shuffle supports axis=0 only")
        order = self._order(len(x))
        if not isinstance(x, list) and is_ndarray(x):
            if x.ndim and x.size:
                x[:] = x[array(order, (len(order),), "int64")]
            return
        values = list(x)  # a list or another mutable sequence: the same swaps, in place
        for i, j in enumerate(order):
            x[i] = values[j]

    def permutation(self, x, axis=0):
        import numpy
        if axis != 0:
            raise NotImplementedError("Generator.permutation supports axis=0 only")
        if isinstance(x, int) or (getattr(x, "ndim", None) == 0 and getattr(x, "dtype", None) is not None
                                  and x.dtype.kind in "iu"):
            n = int(x)
            return array(self._order(n), (max(n, 0),), "int64")
        values = numpy.asarray(x)
        if values.ndim < 1:
            raise numpy.AxisError("axis 0 is out of bounds for array of dimension 0")
        return values[array(self._order(values.shape[0]), (values.shape[0],), "int64")]


def default_rng(seed=None):
    if isinstance(seed, Generator):
        return seed
    if isinstance(seed, PCG64):
        return Generator(seed)
    return Generator(PCG64(seed))
