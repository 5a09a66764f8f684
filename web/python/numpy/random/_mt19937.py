"""The Mersenne Twister (MT19937) as NumPy's RandomState keeps it: a 624-word key and the position
of the next word to temper, so that get_state/set_state round-trip with NumPy's.

Words are produced a whole key at a time, the twist and the tempering on all words at once,
because a word-at-a-time loop in Python is many times slower."""
from array import array

N = 624
M = 397
MATRIX_A = 0x9908B0DF
UPPER = 0x80000000
LOWER = 0x7FFFFFFF
MASK32 = 0xFFFFFFFF


def _lanes(words):
    """32-bit words packed into one int, a 64-bit lane each: shifts and masks on the int act on
    every word at once (at C speed), and the spare high half of each lane catches what a shift
    carries over from its neighbour."""
    return int.from_bytes(array("Q", words).tobytes(), "little")


def _unlanes(packed, count):
    words = array("I")
    words.frombytes(packed.to_bytes(8 * count, "little"))
    return words[0::2].tolist()


def _repeated(word):
    return _lanes([word] * N)


LOW32 = _repeated(MASK32)
UPPER_BITS = _repeated(UPPER)
LOWER_BITS = _repeated(LOWER)
LOWEST_BIT = _repeated(1)
TEMPER_B = _repeated(0x9D2C5680)
TEMPER_C = _repeated(0xEFC60000)


def _twist_slice(current, following, ahead):
    """new[i] for a run of i from key[i], key[i+1] and the word M places on (lists of equal length)."""
    y = (_lanes(current) & UPPER_BITS) | (_lanes(following) & LOWER_BITS)
    following_low = _lanes(following) & LOWEST_BIT
    return _unlanes(_lanes(ahead) ^ ((y >> 1) & LOW32) ^ (following_low * MATRIX_A), len(current))


def _twisted(old):
    """The key after one twist. Word i mixes words i, i+1 and i+M; the words past N-M wrap onto
    words that were already replaced, so the new key is built in slices that only read finished
    values."""
    new = _twist_slice(old[:N - M], old[1:N - M + 1], old[M:])
    start = N - M
    while start < N - 1:
        stop = min(start + N - M, N - 1)
        new += _twist_slice(old[start:stop], old[start + 1:stop + 1], new[start + M - N:stop + M - N])
        start = stop
    last = ((old[N - 1] & UPPER) | (new[0] & LOWER))
    new.append(new[M - 1] ^ (last >> 1) ^ (MATRIX_A * (last & 1)))
    return new


def _tempered(key):
    y = _lanes(key)
    y ^= (y >> 11) & LOW32
    y ^= (y << 7) & TEMPER_B
    y ^= (y << 15) & TEMPER_C
    y ^= (y >> 18) & LOW32
    return _unlanes(y, N)


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

    def next_double(self):
        return self.doubles(1)[0]

    def doubles(self, count):
        """Doubles in [0, 1) with 53 random bits: 27 bits of one word, then 26 of the next."""
        words = self.words(2 * count)
        return [((high >> 5) * 67108864.0 + (low >> 6)) * 1.1102230246251565e-16  # / 2**53, exactly
                for high, low in zip(words[0::2], words[1::2])]
