"""Generator's normal and exponential samplers: the ziggurat method with NumPy's 256-layer tables,
so that the values are NumPy's own. One 64-bit word usually gives one value; the rare draws off the
table's rectangles fall back on the exact density, and those in the tail on the tail's inverse."""
from math import exp, log1p

from ._ziggurat_tables import FE, FI, KE, KI, WE, WI

NORMAL_R = 3.6541528853610087963519472518
NORMAL_INV_R = 0.27366123732975827203338247596
EXPONENTIAL_R = 7.6971174701310497140446280481
MANTISSA = 0x000FFFFFFFFFFFFF


def _normal_off_table(bitgen, index, rabs, x):
    """The value for a draw outside layer `index`'s rectangle, or None to draw a new word."""
    if index == 0:
        while True:
            xx = -NORMAL_INV_R * log1p(-bitgen.next_double())
            yy = -log1p(-bitgen.next_double())
            if yy + yy > xx * xx:
                return -(NORMAL_R + xx) if (rabs >> 8) & 1 else NORMAL_R + xx
    if (FI[index - 1] - FI[index]) * bitgen.next_double() + FI[index] < exp(-0.5 * x * x):
        return x
    return None


def standard_normal(bitgen, count):
    out = []
    next64 = bitgen.next64
    while len(out) < count:
        word = next64()
        index = word & 0xFF
        word >>= 8
        rabs = (word >> 1) & MANTISSA
        x = rabs * WI[index]
        if word & 1:
            x = -x
        if rabs < KI[index]:
            out.append(x)
            continue
        value = _normal_off_table(bitgen, index, rabs, x)
        if value is not None:
            out.append(value)
    return out


def _standard_exponential_one(bitgen):
    while True:
        word = bitgen.next64() >> 3
        index = word & 0xFF
        word >>= 8
        x = word * WE[index]
        if word < KE[index]:
            return x
        if index == 0:
            return EXPONENTIAL_R - log1p(-bitgen.next_double())
        if (FE[index - 1] - FE[index]) * bitgen.next_double() + FE[index] < exp(-x):
            return x


def standard_exponential(bitgen, count):
    return [_standard_exponential_one(bitgen) for _ in range(count)]
