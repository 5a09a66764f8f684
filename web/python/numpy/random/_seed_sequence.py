"""NumPy's SeedSequence: entropy (an int or a sequence of ints) hashed into a pool of four 32-bit
words, from which any number of well-mixed state words is drawn. Generators seeded with the same
entropy get NumPy's exact state."""
import os

MASK32 = 0xFFFFFFFF
POOL_SIZE = 4
INIT_A = 0x43B0D7E5
MULT_A = 0x931E8875
INIT_B = 0x8B51F9DD
MULT_B = 0x58F38DED
MIX_MULT_L = 0xCA01F9DD
MIX_MULT_R = 0x4973F715
XSHIFT = 16


def _uint32_words(value):
    """An int, or a sequence of ints, as little-endian 32-bit words (each int as many as it needs)."""
    if isinstance(value, (list, tuple)) or hasattr(value, "tolist"):
        items = value.tolist() if hasattr(value, "tolist") else value
        if not isinstance(items, list):
            return _uint32_words(items)
        words = []
        for item in items:
            words += _uint32_words(item)
        return words
    if isinstance(value, bool) or not hasattr(value, "__index__"):
        raise TypeError(f"SeedSequence expects int or sequence of ints for entropy not {value}")
    number = value.__index__()
    if number < 0:
        raise ValueError("expected non-negative integer")
    words = [number & MASK32]
    number >>= 32
    while number:
        words.append(number & MASK32)
        number >>= 32
    return words


class _Hash:
    """The multiplicative hash whose constant moves on after every word it mixes."""

    def __init__(self):
        self.constant = INIT_A

    def __call__(self, value):
        value ^= self.constant
        self.constant = (self.constant * MULT_A) & MASK32
        value = (value * self.constant) & MASK32
        return value ^ (value >> XSHIFT)


def _mix(x, y):
    result = (MIX_MULT_L * x - MIX_MULT_R * y) & MASK32
    return result ^ (result >> XSHIFT)


class SeedSequence:
    def __init__(self, entropy=None, *, spawn_key=(), pool_size=POOL_SIZE):
        if entropy is None:
            entropy = int.from_bytes(os.urandom(16), "little")
        self.entropy = entropy
        self.spawn_key = tuple(spawn_key)
        self.pool_size = pool_size
        self.n_children_spawned = 0
        self.pool = self._mixed_pool()

    def _mixed_pool(self):
        entropy = _uint32_words(self.entropy)
        spawn = _uint32_words(list(self.spawn_key))
        if spawn and len(entropy) < self.pool_size:
            entropy += [0] * (self.pool_size - len(entropy))  # keeps spawn keys apart from entropy
        entropy += spawn
        hashed = _Hash()
        pool = [hashed(entropy[i] if i < len(entropy) else 0) for i in range(self.pool_size)]
        for source in range(self.pool_size):
            for target in range(self.pool_size):
                if source != target:
                    pool[target] = _mix(pool[target], hashed(pool[source]))
        for word in entropy[self.pool_size:]:
            for target in range(self.pool_size):
                pool[target] = _mix(pool[target], hashed(word))
        return pool

    def generate_words(self, count):
        """`count` 32-bit state words."""
        constant = INIT_B
        words = []
        for i in range(count):
            value = self.pool[i % self.pool_size] ^ constant
            constant = (constant * MULT_B) & MASK32
            value = (value * constant) & MASK32
            words.append(value ^ (value >> XSHIFT))
        return words

    def generate_words64(self, count):
        """`count` 64-bit state words, each two 32-bit words read little-endian."""
        words = self.generate_words(2 * count)
        return [low | (high << 32) for low, high in zip(words[0::2], words[1::2])]

    def __repr__(self):
        return f"SeedSequence(\n    entropy={self.entropy!r},\n)"
