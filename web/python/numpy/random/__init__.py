"""numpy.random: NumPy 1.24's legacy RandomState (and the module functions backed by a global one)
and its Generator on PCG64 (default_rng), drawing NumPy's exact streams for the same seeds."""
from ._generator import Generator, default_rng
from ._mtrand import RandomState
from ._pcg64 import PCG64
from ._seed_sequence import SeedSequence

_global = RandomState()

seed = _global.seed
get_state = _global.get_state
set_state = _global.set_state
rand = _global.rand
randn = _global.randn
random = _global.random
random_sample = _global.random_sample
ranf = _global.random_sample
sample = _global.random_sample
randint = _global.randint
uniform = _global.uniform
normal = _global.normal
standard_normal = _global.standard_normal
exponential = _global.exponential
standard_exponential = _global.standard_exponential
choice = _global.choice
permutation = _global.permutation
shuffle = _global.shuffle
binomial = _global.binomial
bytes = _global.bytes
poisson = _global.poisson

__all__ = [
    "Generator", "PCG64", "RandomState", "SeedSequence", "binomial", "bytes", "choice", "default_rng", "exponential",
    "get_state", "normal", "permutation", "poisson", "rand", "randint", "randn", "random", "random_sample",
    "ranf", "sample", "seed", "set_state", "shuffle", "standard_exponential", "standard_normal",
    "uniform",
]
