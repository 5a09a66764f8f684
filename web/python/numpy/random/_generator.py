"""Generator on PCG64, as np.random.default_rng makes it: NumPy's streams for the same seed, with
the Generator's own algorithms (ziggurat normals and exponentials, Lemire's bounded integers,
Floyd's sampling without replacement)."""

from . import _bounded, _parameters, _ziggurat
from ._choice import choose
from ._discrete import sample_binomial, sample_poisson
from ._output import count_of, dtype_name, result, shape_of
from ._pcg64 import PCG64
from ._permutation import permutation, shuffle


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
        low, span = _parameters.low_and_span(low, high)
        checks = [_parameters.finite("high - low range exceeds valid bounds", "Range exceeds valid bounds"),
                  _parameters.non_negative("high - low")]
        return _parameters.location_scale(self._uniform_values, self.random, size, low, span, checks)

    # --- normal and exponential --------------------------------------------------------------

    def _normal_values(self, count):
        return _ziggurat.standard_normal(self._bit_generator, count)

    def _exponential_values(self, count):
        return _ziggurat.standard_exponential(self._bit_generator, count)

    def standard_normal(self, size=None, dtype="float64"):
        return self._float64_draws(self._normal_values, size, dtype, "standard_normal")

    def normal(self, loc=0.0, scale=1.0, size=None):
        return _parameters.location_scale(self._normal_values, self.standard_normal, size, loc, scale,
                                          [_parameters.non_negative("scale")])

    def standard_exponential(self, size=None, dtype="float64"):
        return self._float64_draws(self._exponential_values, size, dtype, "standard_exponential")

    def _float64_draws(self, values, size, dtype, method):
        if dtype_name(dtype) != "float64":
            import numpy
            raise TypeError(f"Unsupported dtype {numpy.dtype(dtype)!r} for {method}")
        shape = shape_of(size)
        return result(values(1 if shape is None else count_of(shape)), shape, "float64")

    def exponential(self, scale=1.0, size=None):
        return _parameters.location_scale(self._exponential_values, self.standard_exponential, size, 0.0, scale,
                                          [_parameters.non_negative("scale")])

    # --- counts ------------------------------------------------------------------------------

    def binomial(self, n, p, size=None):
        return sample_binomial(self._bit_generator.next_double, n, p, size, legacy=False)

    def poisson(self, lam=1.0, size=None):
        return sample_poisson(self._bit_generator.next_double, lam, size)

    # --- integers ----------------------------------------------------------------------------

    def integers(self, low, high=None, size=None, dtype="int64", endpoint=False):
        return _bounded.integers((_bounded.lemire, _bounded.lemire_each), self._bit_generator,
                                 low, high, size, dtype, endpoint, "integers")

    def bytes(self, length):
        return _bounded.random_bytes(self._bit_generator, length)

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

    def shuffle(self, x, axis=0):
        if axis != 0:
            raise NotImplementedError("Generator.shuffle supports axis=0 only")
        shuffle(self._bit_generator, x)

    def permutation(self, x, axis=0):
        if axis != 0:
            raise NotImplementedError("Generator.permutation supports axis=0 only")
        return permutation(self._bit_generator, x, _no_axis_zero)


def _no_axis_zero():
    import numpy
    return numpy.AxisError("axis 0 is out of bounds for array of dimension 0")


def default_rng(seed=None):
    if isinstance(seed, Generator):
        return seed
    if isinstance(seed, PCG64):
        return Generator(seed)
    return Generator(PCG64(seed))
