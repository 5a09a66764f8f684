"""Integers drawn uniformly from [0, rng], bit for bit as NumPy draws them.

RandomState masks: it draws a word, keeps the bits below the smallest all-ones mask covering rng,
and rejects values above rng. Generator uses Lemire's multiply-shift: the high half of word ×
(rng + 1), rejecting the few low halves that would bias it. Both draw 32-bit words when rng fits
in 32 bits, 64-bit words otherwise; 16-bit, 8-bit and bool dtypes cut each 32-bit word into
pieces, low bits first, and drop the unused pieces when the call ends.

Rejection needs one word per value at least, so words are requested in batches of the values still
missing: a batch never takes a word that the reference would not have drawn."""

import operator

from ._output import count_of, dtype_name, numpy_scalar, result, shape_of

MASK32 = 0xFFFFFFFF
INT_BOUNDS = {
    "bool": (0, 1), "int8": (-2**7, 2**7 - 1), "uint8": (0, 2**8 - 1),
    "int16": (-2**15, 2**15 - 1), "uint16": (0, 2**16 - 1), "int32": (-2**31, 2**31 - 1),
    "uint32": (0, 2**32 - 1), "int64": (-2**63, 2**63 - 1), "uint64": (0, 2**64 - 1),
}

PIECE_BITS = {"bool": 1, "int8": 8, "uint8": 8, "int16": 16, "uint16": 16}


def mask_of(rng):
    return (1 << rng.bit_length()) - 1


def _pieces(bitgen, bits):
    """An endless stream of `bits`-bit pieces of 32-bit words: a generator that draws a word only
    when its previous word is used up, and asks for as many words as the caller says it needs."""
    per_word = 32 // bits
    piece_mask = (1 << bits) - 1

    def draw(count):
        words = bitgen.words(-(-count // per_word))
        return [(word >> (bits * k)) & piece_mask for word in words for k in range(per_word)]
    return draw


def _source(bitgen, rng, dtype_name):
    """A function giving at least `count` fresh draws (a lower bound never exceeds what is needed),
    and the width in bits of each draw."""
    bits = PIECE_BITS.get(dtype_name)
    if bits is not None:
        return _pieces(bitgen, bits), bits
    if rng <= MASK32:
        return bitgen.words, 32
    return bitgen.words64, 64


def _collect(draw, count, accept):
    """`count` values: each draw is passed to `accept`, which gives a value or None to draw again."""
    out = []
    pending = []
    while len(out) < count:
        if not pending:
            pending = draw(count - len(out))
            pending.reverse()
        value = accept(pending.pop())
        if value is not None:
            out.append(value)
    return out


def masked(bitgen, rng, count, dtype_name="int64"):
    """RandomState's draws in [0, rng]."""
    if rng == 0:
        return [0] * count
    draw, _ = _source(bitgen, rng, dtype_name)
    mask = mask_of(rng)
    return _collect(draw, count, lambda word: word & mask if word & mask <= rng else None)


def lemire(bitgen, rng, count, dtype_name="int64"):
    """Generator's draws in [0, rng]."""
    if rng == 0:
        return [0] * count
    draw, bits = _source(bitgen, rng, dtype_name)
    span = rng + 1
    threshold = ((1 << bits) - 1 - rng) % span
    low_mask = (1 << bits) - 1

    def accept(word):
        product = word * span
        return product >> bits if product & low_mask >= threshold else None
    return _collect(draw, count, accept)


def integers(draw, bitgen, low, high, size, dtype, endpoint, method):
    """randint and integers: the bounds checked with NumPy's messages, then low + draw(bitgen, rng,
    count, dtype name) for the values in [0, rng]. Without a size, dtype int or bool gives a Python
    int or bool, any other dtype NumPy's scalar."""
    name = dtype_name(dtype)
    if name not in INT_BOUNDS:
        import numpy
        raise TypeError(f"Unsupported dtype {numpy.dtype(dtype)!r} for {method}")
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
    values = [low + value for value in draw(bitgen, last - low, 1 if shape is None else count_of(shape), name)]
    if name == "bool":
        values = [bool(value) for value in values]
    if shape is None and dtype in (int, bool):
        return dtype(values[0])
    return result(values, shape, name, numpy_scalar("bool_" if name == "bool" else name))
