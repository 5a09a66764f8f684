"""Integers drawn uniformly from [0, rng], bit for bit as NumPy draws them.

RandomState masks: it draws a word, keeps the bits below the smallest all-ones mask covering rng,
and rejects values above rng. Generator uses Lemire's multiply-shift: the high half of word ×
(rng + 1), rejecting the few low halves that would bias it. Both draw 32-bit words when rng fits
in 32 bits, 64-bit words otherwise; 16-bit, 8-bit and bool dtypes cut each 32-bit word into
pieces, low bits first, and drop the unused pieces when the call ends.

Rejection needs one word per value at least, so words are requested in batches of the values still
missing: a batch never takes a word that the reference would not have drawn."""

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


def _masked_acceptor(rng, bits):
    mask = mask_of(rng)
    return lambda word: word & mask if word & mask <= rng else None


def _lemire_acceptor(rng, bits):
    span = rng + 1
    threshold = ((1 << bits) - 1 - rng) % span
    low_mask = (1 << bits) - 1

    def accept(word):
        product = word * span
        return product >> bits if product & low_mask >= threshold else None
    return accept


def _same_range(acceptor):
    """`count` values in [0, rng], drawn in batches."""
    def draw(bitgen, rng, count, dtype_name="int64"):
        if rng == 0:
            return [0] * count
        source, bits = _source(bitgen, rng, dtype_name)
        return _collect(source, count, acceptor(rng, bits))
    return draw


def _each_range(acceptor):
    """A value in [0, rng] for each rng in turn; 8-, 16-bit and bool dtypes share one stream of
    pieces across the values, as NumPy's buffer is shared across a broadcast."""
    def draw(bitgen, rngs, dtype_name="int64"):
        bits = PIECE_BITS.get(dtype_name)
        pieces = _pieces(bitgen, bits) if bits else None
        pending = []
        out = []
        for rng in rngs:
            if rng == 0:
                out.append(0)
                continue
            width = bits or (32 if rng <= MASK32 else 64)
            accept = acceptor(rng, width)
            value = None
            while value is None:
                if pieces:
                    if not pending:
                        pending = pieces(1)[::-1]
                    word = pending.pop()
                else:
                    word = bitgen.words(1)[0] if width == 32 else bitgen.words64(1)[0]
                value = accept(word)
            out.append(value)
        return out
    return draw


masked = _same_range(_masked_acceptor)  # RandomState's draws
lemire = _same_range(_lemire_acceptor)  # Generator's draws
masked_each = _each_range(_masked_acceptor)
lemire_each = _each_range(_lemire_acceptor)


def _bounds_message(low_is_zero, endpoint):
    """NumPy's words for empty bounds: about high when low is 0 (the one-argument call)."""
    if low_is_zero:
        return "high < 0" if endpoint else "high <= 0"
    return "low > high" if endpoint else "low >= high"


def integers(draws, bitgen, low, high, size, dtype, endpoint, method):
    """randint and integers: the bounds checked with NumPy's messages, then low + a value in
    [0, high - low] drawn by draws = (same-range draw, per-element draw). Without a size, dtype int
    or bool gives a Python int or bool, any other dtype NumPy's scalar."""
    from ._parameters import broadcast_shape, broadcast_values, is_scalar
    name = dtype_name(dtype)
    if name not in INT_BOUNDS:
        import numpy
        raise TypeError(f"Unsupported dtype {numpy.dtype(dtype)!r} for {method}")
    if high is None:
        low, high = 0, low
    smallest, largest = INT_BOUNDS[name]
    shape = shape_of(size)
    if is_scalar(low) and is_scalar(high):
        lows, highs = [int(low)], [int(high)]
    else:
        import numpy
        low_array, high_array = numpy.asarray(low), numpy.asarray(high)
        shape = shape or broadcast_shape(low_array.shape, high_array.shape)
        lows = [int(value) for value in broadcast_values(low_array, shape)]
        highs = [int(value) for value in broadcast_values(high_array, shape)]
    lasts = highs if endpoint else [value - 1 for value in highs]
    if any(value < smallest for value in lows):
        raise ValueError(f"low is out of bounds for {name}")
    if any(value > largest for value in lasts):
        raise ValueError(f"high is out of bounds for {name}")
    if any(first > last for first, last in zip(lows, lasts)):
        raise ValueError(_bounds_message(not any(lows), endpoint))
    same_range, each_range = draws
    if len(lows) == 1:
        count = 1 if shape is None else count_of(shape)
        values = [lows[0] + value for value in same_range(bitgen, lasts[0] - lows[0], count, name)]
    else:
        values = [first + value for first, value in
                  zip(lows, each_range(bitgen, [last - first for first, last in zip(lows, lasts)], name))]
    if name == "bool":
        values = [bool(value) for value in values]
    if shape is None and dtype in (int, bool):
        return dtype(values[0])
    return result(values, shape, name, numpy_scalar("bool_" if name == "bool" else name))


def random_bytes(bitgen, length):
    """`length` random bytes: whole 32-bit words (integers over their full range), little-endian.
    The word count is NumPy's (length - 1) / 4 + 1 in C, which rounds toward zero: even 0 bytes take
    a word."""
    quotient = (length - 1) // 4 if length >= 1 else -((1 - length) // 4)
    words = bitgen.words(quotient + 1)
    return b"".join(word.to_bytes(4, "little") for word in words)[:length]
