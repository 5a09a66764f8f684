"""torch.random: generators and seeds.

A ``Generator`` owns an engine generator (PyTorch's CPU Mersenne Twister with its normal
cache); ``default_generator`` is the one every sampling op uses unless given another.
"""
from ._engine import ops
from ._tensor import wrap

_MASK64 = (1 << 64) - 1


def _seed_bits(seed):
    """The 64-bit seed PyTorch stores for ``seed`` (negative seeds wrap around)."""
    seed = int(seed)
    if not -(1 << 63) <= seed <= _MASK64:
        raise RuntimeError("Overflow when unpacking long")
    return seed & _MASK64


class Generator:
    """A random number generator; a new one starts from PyTorch's fixed default seed."""

    __slots__ = ("_h", "__weakref__")

    def __init__(self, device="cpu"):
        self._h = ops.generator_new()

    def __del__(self):
        handle = getattr(self, "_h", 0)
        if handle:
            self._h = 0
            ops.generator_release(handle)

    def manual_seed(self, seed):
        ops.generator_manual_seed(self._h, str(_seed_bits(seed)))
        return self

    def initial_seed(self):
        return int(ops.generator_initial_seed(self._h))

    def seed(self):
        return int(ops.generator_seed(self._h))

    def get_state(self):
        return wrap(ops.generator_get_state(self._h))

    def set_state(self, new_state):
        ops.generator_set_state(self._h, new_state._h)
        return self


# PyTorch's generator type lives in torch._C; its default repr names it so.
Generator.__module__ = "torch._C"


def _default():
    g = object.__new__(Generator)
    g._h = ops.generator_default()
    return g


default_generator = _default()


def handle(generator):
    """The engine handle of ``generator`` (0: the default generator)."""
    return 0 if generator is None else generator._h


def manual_seed(seed):
    return default_generator.manual_seed(seed)


def seed():
    return default_generator.seed()


def initial_seed():
    return default_generator.initial_seed()


def get_rng_state():
    return default_generator.get_state()


def set_rng_state(new_state):
    default_generator.set_state(new_state)
