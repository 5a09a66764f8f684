"""The Mersenne Twister (MT19937) as NumPy's RandomState keeps it: a 624-word key and the position
of the next word to temper, so that get_state/set_state round-trip with NumPy's.

Words are produced a whole key at a time (one twist, then tempering by list comprehensions)
because a word-at-a-time loop in Python is several times slower."""

N = 624
M = 397
MATRIX_A = 0x9908B0DF
UPPER = 0x80000000
LOWER = 0x7FFFFFFF
MASK32 = 0xFFFFFFFF


def _twisted(old):
    """The key after one twist. Word i mixes words i, i+1 and i+M; the words past N-M wrap onto
    words that were already replaced, so the new key is built in slices that only read finished
    values."""
    new = [old[i + M] ^ (((old[i] & UPPER) | (old[i + 1] & LOWER)) >> 1) ^ (MATRIX_A * (old[i + 1] & 1))
           for i in range(N - M)]
    start = N - M
    while start < N - 1:
        stop = min(start + N - M, N - 1)
        new += [new[i + M - N] ^ (((old[i] & UPPER) | (old[i + 1] & LOWER)) >> 1) ^ (MATRIX_A * (old[i + 1] & 1))
                for i in range(start, stop)]
        start = stop
    last = ((old[N - 1] & UPPER) | (new[0] & LOWER))
    new.append(new[M - 1] ^ (last >> 1) ^ (MATRIX_A * (last & 1)))
    return new


def _tempered(key):
    words = [y ^ (y >> 11) for y in key]
    words = [y ^ ((y << 7) & 0x9D2C5680) for y in words]
    words = [y ^ ((y << 15) & 0xEFC60000) for y in words]
    return [y ^ (y >> 18) for y in words]


def _genrand_key(seed):
    """Knuth's linear recurrence from one 32-bit seed (the reference code's init_genrand)."""
    key = [seed & MASK32]
    for i in range(1, N):
        previous = key[-1]
        key.append((1812433253 * (previous ^ (previous >> 30)) + i) & MASK32)
    return key


def _by_array_key(words):
    """The reference code's init_by_array: the 19650218 key stirred with every seed word."""
    key = _genrand_key(19650218)
    i, j = 1, 0
    for _ in range(max(N, len(words))):
        previous = key[i - 1]
        key[i] = ((key[i] ^ ((previous ^ (previous >> 30)) * 1664525)) + words[j] + j) & MASK32
        i += 1
        j += 1
        if i >= N:
            key[0] = key[N - 1]
            i = 1
        if j >= len(words):
            j = 0
    for _ in range(N - 1):
        previous = key[i - 1]
        key[i] = ((key[i] ^ ((previous ^ (previous >> 30)) * 1566083941)) - i) & MASK32
        i += 1
        if i >= N:
            key[0] = key[N - 1]
            i = 1
    key[0] = 0x80000000  # never an all-zero key
    return key


class MT19937:
    """The generator's state and its raw output: 32-bit words, 64-bit words and doubles."""

    def __init__(self):
        self.set_key(_genrand_key(5489), N)

    def seed_int(self, seed):
        self.set_key(_genrand_key(seed), N)

    def seed_words(self, words):
        self.set_key(_by_array_key(words), N)

    def set_key(self, key, pos):
        self.key = list(key)
        self.pos = pos
        self._words = _tempered(self.key) if pos < N else None

    def words(self, count):
        """The next `count` 32-bit outputs, as a list."""
        out = []
        while count > 0:
            if self.pos >= N:
                self.key = _twisted(self.key)
                self._words = _tempered(self.key)
                self.pos = 0
            take = min(count, N - self.pos)
            out += self._words[self.pos:self.pos + take]
            self.pos += take
            count -= take
        return out

    def next32(self):
        return self.words(1)[0]

    def words64(self, count):
        """64-bit outputs, each the high word drawn first."""
        words = self.words(2 * count)
        return [(high << 32) | low for high, low in zip(words[0::2], words[1::2])]

    def doubles(self, count):
        """Doubles in [0, 1) with 53 random bits: 27 bits of one word, then 26 of the next."""
        words = self.words(2 * count)
        return [((high >> 5) * 67108864.0 + (low >> 6)) / 9007199254740992.0
                for high, low in zip(words[0::2], words[1::2])]
