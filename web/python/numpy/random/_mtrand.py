"""RandomState: NumPy's legacy generator (MT19937 with the legacy samplers), whose streams for a
given seed are NumPy's own, value for value."""
import math
import operator

from . import _bounded, _parameters
from ._choice import choose
from ._discrete import sample_binomial, sample_poisson
from ._log import log
from ._mt19937 import N, MT19937
from ._output import array, count_of, result, shape_of
from ._permutation import permutation, shuffle, shuffled_order
from ._seed_sequence import SeedSequence


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
    """A scalar seed as an int, or None for a sequence; other scalars fail as NumPy's cast does."""
    if isinstance(seed, (list, tuple)) or getattr(seed, "ndim", 0) > 0:
        return None
    if isinstance(seed, float) or getattr(getattr(seed, "dtype", None), "kind", "i") == "f":
        raise TypeError("Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'")
    if isinstance(seed, str):
        raise TypeError(f"Cannot cast scalar from dtype('<U{len(seed)}') to dtype('int64') "
                        "according to the rule 'safe'")
    return operator.index(seed)


class RandomState:
    def __init__(self, seed=None):
        self._bit_generator = MT19937()
        self.seed(seed)

    def seed(self, seed=None):
        if seed is None:
            # fresh entropy, as NumPy takes it: the top bit of the first word set, so never all zero
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
        low, span = _parameters.low_and_span(low, high)
        checks = [_parameters.finite("Range exceeds valid bounds", "Range exceeds valid bounds")]
        return _parameters.location_scale(self._bit_generator.doubles, self.random_sample, size, low, span, checks)

    # --- normal ------------------------------------------------------------------------------

    def _gauss_values(self, count):
        """Polar Box–Muller: each accepted pair of uniforms gives two values; the second waits in
        the state for the next call, as in NumPy. The log is glibc's, bit for bit (see _log)."""
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
        return _parameters.location_scale(self._gauss_values, self.standard_normal, size, loc, scale,
                                          [_parameters.non_negative("scale")])

    # --- exponential -------------------------------------------------------------------------

    def _exponential_values(self, count):
        return [-log(1.0 - u) for u in self._bit_generator.doubles(count)]

    def standard_exponential(self, size=None):
        shape = shape_of(size)
        return result(self._exponential_values(1 if shape is None else count_of(shape)), shape, "float64")

    def exponential(self, scale=1.0, size=None):
        return _parameters.location_scale(self._exponential_values, self.standard_exponential, size, 0.0, scale,
                                          [_parameters.non_negative("scale")])

    # --- counts ------------------------------------------------------------------------------

    def binomial(self, n, p, size=None):
        return sample_binomial(self._bit_generator.next_double, n, p, size, legacy=True)

    def poisson(self, lam=1.0, size=None):
        return sample_poisson(self._bit_generator.next_double, lam, size)

    # --- integers ----------------------------------------------------------------------------

    def randint(self, low, high=None, size=None, dtype=int):
        return _bounded.integers((_bounded.masked, _bounded.masked_each), self._bit_generator,
                                 low, high, size, dtype, False, "randint")

    def bytes(self, length):
        return _bounded.random_bytes(self._bit_generator, length)

    # --- permutations ------------------------------------------------------------------------

    def shuffle(self, x):
        shuffle(self._bit_generator, x)

    def permutation(self, x):
        return permutation(self._bit_generator, x,
                           lambda: IndexError("x must be an integer or at least 1-dimensional"))

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
