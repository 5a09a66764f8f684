"""RandomState: NumPy's legacy generator (MT19937 with the legacy samplers), whose streams for a
given seed are NumPy's own, value for value."""
import math
import operator

from . import _bounded, _parameters
from ._choice import choose
from ._log import log
from ._mt19937 import N, MT19937
from ._output import array, count_of, dtype_name, is_ndarray, numpy_scalar, result, shape_of
from ._seed_sequence import SeedSequence

INT_BOUNDS = {
    "bool": (0, 1), "int8": (-2**7, 2**7 - 1), "uint8": (0, 2**8 - 1),
    "int16": (-2**15, 2**15 - 1), "uint16": (0, 2**16 - 1), "int32": (-2**31, 2**31 - 1),
    "uint32": (0, 2**32 - 1), "int64": (-2**63, 2**63 - 1), "uint64": (0, 2**64 - 1),
}


def _seed_words(seed):
    """A seed array's words: a non-empty 1-d sequence of ints in [0, 2**32)."""
    if isinstance(seed, (list, tuple)) and seed and all(isinstance(value, int) for value in seed):
        words = list(seed)  # the common case needs no array
    else:
        import numpy
        values = numpy.asarray(seed)
        if values.size == 0:
            raise ValueError("Seed must be non-empty")
        if values.dtype.kind not in "biu":
            raise TypeError(f"Cannot cast array data from dtype('{values.dtype.name}') to dtype('int64') "
                            "according to the rule 'safe'")
        if values.ndim != 1:
            raise ValueError("Seed array must be 1-d")
        words = [int(value) for value in values.tolist()]
    if any(word < 0 or word > 2**32 - 1 for word in words):
        raise ValueError("Seed must be between 0 and 2**32 - 1")
    return words


def _index_or_none(seed):
    if isinstance(seed, (list, tuple)) or getattr(seed, "ndim", 0) > 0:
        return None
    if isinstance(seed, float) or getattr(getattr(seed, "dtype", None), "kind", "i") == "f":
        raise TypeError("Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'")
    if isinstance(seed, str):
        raise TypeError(f"Cannot cast scalar from dtype('<U{len(seed)}') to dtype('int64') according to the rule 'safe'")
    return operator.index(seed)


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


class RandomState:
    def __init__(self, seed=None):
        self._bit_generator = MT19937()
        self.seed(seed)

    def seed(self, seed=None):
        if seed is None:
            words = SeedSequence().generate_words(N)
            self._bit_generator.set_key([0x80000000] + words[1:], N)
        else:
            index = _index_or_none(seed)
            if index is None:
                self._bit_generator.seed_words(_seed_words(seed))
            elif not 0 <= index <= 2**32 - 1:
                raise ValueError("Seed must be between 0 and 2**32 - 1")
            else:
                self._bit_generator.seed_int(index)
        self._has_gauss = 0
        self._gauss = 0.0

    # --- state -------------------------------------------------------------------------------

    def get_state(self, legacy=True):
        key = array(list(self._bit_generator.key), (N,), "uint32")
        if legacy:
            return ("MT19937", key, self._bit_generator.pos, self._has_gauss, self._gauss)
        return {"bit_generator": "MT19937", "state": {"key": key, "pos": self._bit_generator.pos},
                "has_gauss": self._has_gauss, "gauss": self._gauss}

    def set_state(self, state):
        if isinstance(state, dict):
            if state.get("bit_generator") != "MT19937":
                raise ValueError("state must be for a MT19937 RNG")
            key, pos = state["state"]["key"], state["state"]["pos"]
            has_gauss, gauss = state.get("has_gauss", 0), state.get("gauss", 0.0)
        else:
            if not isinstance(state, (tuple, list)) or state[0] != "MT19937":
                raise ValueError("set_state can only be used with legacy MT19937state instances.")
            key, pos = state[1], state[2]
            has_gauss, gauss = (state[3], state[4]) if len(state) > 3 else (0, 0.0)
        words = [int(word) for word in (key.tolist() if hasattr(key, "tolist") else key)]
        if len(words) != N:
            raise ValueError("state must be 624 elements")
        self._bit_generator.set_key([word & 0xFFFFFFFF for word in words], int(pos))
        self._has_gauss = int(has_gauss)
        self._gauss = float(gauss)

    # --- uniform floats ----------------------------------------------------------------------

    def random_sample(self, size=None):
        shape = shape_of(size)
        return result(self._bit_generator.doubles(count_of(shape) if shape is not None else 1), shape, "float64")

    def random(self, size=None):
        return self.random_sample(size)

    def rand(self, *args):
        return self.random_sample(args if args else None)

    def uniform(self, low=0.0, high=1.0, size=None):
        if _parameters.is_scalar(low) and _parameters.is_scalar(high):
            low, high = float(low), float(high)
            span = high - low
            if not math.isfinite(span):
                raise OverflowError("Range exceeds valid bounds")
            shape = shape_of(size)
            draws = self._bit_generator.doubles(1 if shape is None else count_of(shape))
            return result([low + span * u for u in draws], shape, "float64")
        low, high = _parameters.as_array(low), _parameters.as_array(high)
        span = high - low
        import numpy
        if not bool(numpy.isfinite(span).all()):
            raise OverflowError("Range exceeds valid bounds")
        shape = shape_of(size) or _parameters.broadcast_shape(low.shape, span.shape)
        return low + span * self.random_sample(shape)

    # --- normal ------------------------------------------------------------------------------

    def _gauss_values(self, count):
        """Polar Box–Muller: each accepted pair of uniforms gives two values; the second waits in
        the state for the next call, as in NumPy."""
        out = []
        if count and self._has_gauss:
            out.append(self._gauss)
            self._has_gauss, self._gauss = 0, 0.0
        doubles = self._bit_generator.doubles
        while len(out) < count:
            attempts = (count - len(out) + 1) // 2  # each needs a pair: never a draw too many
            uniforms = doubles(2 * attempts)
            for u1, u2 in zip(uniforms[0::2], uniforms[1::2]):
                x1 = 2.0 * u1 - 1.0
                x2 = 2.0 * u2 - 1.0
                r2 = x1 * x1 + x2 * x2
                if r2 >= 1.0 or r2 == 0.0:
                    continue
                f = math.sqrt(-2.0 * log(r2) / r2)
                out.append(f * x2)
                if len(out) < count:
                    out.append(f * x1)
                else:
                    self._has_gauss, self._gauss = 1, f * x1
        return out

    def standard_normal(self, size=None):
        shape = shape_of(size)
        return result(self._gauss_values(1 if shape is None else count_of(shape)), shape, "float64")

    def randn(self, *args):
        return self.standard_normal(args if args else None)

    def normal(self, loc=0.0, scale=1.0, size=None):
        if _parameters.is_scalar(loc) and _parameters.is_scalar(scale):
            loc, scale = float(loc), float(scale)
            if scale < 0:
                raise ValueError("scale < 0")
            shape = shape_of(size)
            draws = self._gauss_values(1 if shape is None else count_of(shape))
            return result([loc + scale * z for z in draws], shape, "float64")
        loc, scale = _parameters.as_array(loc), _parameters.as_array(scale)
        if _parameters.any_negative(scale):
            raise ValueError("scale < 0")
        shape = shape_of(size) or _parameters.broadcast_shape(loc.shape, scale.shape)
        return loc + scale * self.standard_normal(shape)

    # --- exponential -------------------------------------------------------------------------

    def _exponential_values(self, count):
        return [-log(1.0 - u) for u in self._bit_generator.doubles(count)]

    def standard_exponential(self, size=None):
        shape = shape_of(size)
        return result(self._exponential_values(1 if shape is None else count_of(shape)), shape, "float64")

    def exponential(self, scale=1.0, size=None):
        if _parameters.is_scalar(scale):
            scale = float(scale)
            if scale < 0:
                raise ValueError("scale < 0")
            shape = shape_of(size)
            draws = self._exponential_values(1 if shape is None else count_of(shape))
            return result([scale * e for e in draws], shape, "float64")
        scale = _parameters.as_array(scale)
        if _parameters.any_negative(scale):
            raise ValueError("scale < 0")
        return scale * self.standard_exponential(shape_of(size) or scale.shape)

    # --- integers ----------------------------------------------------------------------------

    def randint(self, low, high=None, size=None, dtype=int):
        name = dtype_name(dtype)
        if name not in INT_BOUNDS:
            import numpy
            raise TypeError(f"Unsupported dtype {numpy.dtype(dtype)!r} for randint")
        if high is None:
            low, high, message = 0, low, "high <= 0"
        else:
            message = "low >= high"
        low, high = operator.index(low), operator.index(high)
        smallest, largest = INT_BOUNDS[name]
        if low < smallest:
            raise ValueError(f"low is out of bounds for {name}")
        if high - 1 > largest:
            raise ValueError(f"high is out of bounds for {name}")
        if low >= high:
            raise ValueError(message)
        shape = shape_of(size)
        draws = _bounded.masked(self._bit_generator, high - 1 - low, 1 if shape is None else count_of(shape), name)
        values = [low + value for value in draws]
        if name == "bool":
            values = [bool(value) for value in values]
        if shape is None:
            return dtype(values[0]) if dtype in (int, bool) else numpy_scalar(name)(values[0])
        return array(values, shape, name)

    # --- permutations ------------------------------------------------------------------------

    def shuffle(self, x):
        order = shuffled_order(self._bit_generator, len(x))
        if not isinstance(x, list) and is_ndarray(x):
            if x.ndim and x.size:
                x[:] = x[array(order, (len(order),), "int64")]
            return
        values = list(x)  # a list or another mutable sequence: the same swaps, in place
        for i, j in enumerate(order):
            x[i] = values[j]

    def permutation(self, x):
        import numpy
        if isinstance(x, int) or (getattr(x, "ndim", None) == 0 and getattr(x, "dtype", None) is not None
                                  and x.dtype.kind in "iu"):
            n = int(x)
            return array(shuffled_order(self._bit_generator, n), (max(n, 0),), "int64")
        values = numpy.asarray(x)
        if values.ndim < 1:
            raise IndexError("x must be an integer or at least 1-dimensional")
        order = shuffled_order(self._bit_generator, values.shape[0])
        return values[array(order, (len(order),), "int64")]

    # --- choice ------------------------------------------------------------------------------

    def choice(self, a, size=None, replace=True, p=None):
        return choose(self, a, size, replace, p, True, self._distinct_index_values)

    def _uniform_values(self, count):
        return self._bit_generator.doubles(count)

    def _index_values(self, pop_size, count):
        return _bounded.masked(self._bit_generator, pop_size - 1, count)

    def _distinct_index_values(self, pop_size, count):
        return shuffled_order(self._bit_generator, pop_size)[:count]

    def __repr__(self):
        return f"RandomState(MT19937) at 0x{id(self):X}"
