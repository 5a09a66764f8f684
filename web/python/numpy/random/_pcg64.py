"""PCG64 (XSL-RR 128/64), the bit generator of NumPy's default_rng: a 128-bit linear congruential
state whose high and low halves, xored and rotated, give each 64-bit output. 32-bit draws use the
halves of one 64-bit output, low half first, as NumPy does."""
from ._seed_sequence import SeedSequence

MASK32 = 0xFFFFFFFF
MASK64 = (1 << 64) - 1
MASK128 = (1 << 128) - 1
MULTIPLIER = 0x2360ED051FC65DA44385DF649FCCF645


class PCG64:
    def __init__(self, seed=None):
        self._seed_seq = seed if isinstance(seed, SeedSequence) else SeedSequence(seed)
        state_high, state_low, inc_high, inc_low = self._seed_seq.generate_words64(4)
        self._inc = ((((inc_high << 64) | inc_low) << 1) | 1) & MASK128
        self._state = self._inc
        self._state = ((self._state + ((state_high << 64) | state_low)) * MULTIPLIER + self._inc) & MASK128
        self._has_uint32 = 0
        self._uinteger = 0

    def next64(self):
        state = (self._state * MULTIPLIER + self._inc) & MASK128
        self._state = state
        rotation = state >> 122
        value = ((state >> 64) ^ state) & MASK64
        return ((value >> rotation) | (value << (64 - rotation))) & MASK64

    def words64(self, count):
        next64 = self.next64
        return [next64() for _ in range(count)]

    def next32(self):
        if self._has_uint32:
            self._has_uint32 = 0
            return self._uinteger
        value = self.next64()
        self._has_uint32 = 1
        self._uinteger = value >> 32
        return value & MASK32

    def words(self, count):
        next32 = self.next32
        return [next32() for _ in range(count)]

    def next_double(self):
        return (self.next64() >> 11) * (1.0 / 9007199254740992.0)

    def doubles(self, count):
        scale = 1.0 / 9007199254740992.0
        return [(value >> 11) * scale for value in self.words64(count)]

    @property
    def state(self):
        return {"bit_generator": "PCG64", "state": {"state": self._state, "inc": self._inc},
                "has_uint32": self._has_uint32, "uinteger": self._uinteger}

    @state.setter
    def state(self, value):
        if not isinstance(value, dict):
            raise TypeError("state must be a dict")
        if value.get("bit_generator") != "PCG64":
            raise ValueError("state must be for a PCG64 RNG")
        self._state = value["state"]["state"] & MASK128
        self._inc = value["state"]["inc"] & MASK128
        self._has_uint32 = value["has_uint32"]
        self._uinteger = value["uinteger"]
