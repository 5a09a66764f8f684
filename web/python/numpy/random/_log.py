"""The natural logarithm with the bits of the reference machine's libm (glibc on x86-64 with FMA),
which NumPy's legacy normal and exponential samplers call. The browser's libm rounds a few
results in 10^5 the other way, and any such difference would change a sampled value.

This is glibc's algorithm (a 128-entry table of 1/c and log(c), then a short polynomial in
r = z/c - 1; a longer polynomial near 1) evaluated with glibc's FMA build's fused multiply-adds.
Most results are settled by a quick evaluation with separate multiplies and adds: it differs
from the fused one by far less than the distance to the nearest rounding boundary checked for
below. Only results close to a boundary take the exact path, where each fused multiply-add is
computed exactly in integers and rounded once."""
import math

from ._log_tables import A, B, INVC, LN2HI, LN2LO, LOGC

NEAR_ONE_LOW = 0.9375
NEAR_ONE_HIGH = float.fromhex("0x1.109p+0")
# Each quick result is kept only when it lies farther than this fraction of an ulp inside its
# rounding interval: at least ten times the largest gap between the quick and the fused sums.
MAIN_MARGIN = 2.0 ** -6
NEAR_ONE_MARGIN = 2.0 ** -3
SPLITTER = 134217729.0  # 2**27 + 1: splits a double into two halves whose products are exact


def _halves(value):
    scaled = SPLITTER * value
    high = scaled - (scaled - value)
    return high, value - high


INVC_HALVES = [_halves(invc) for invc in INVC]


def _fma(a, b, c):
    """a*b + c rounded once (Python divides ints with correct rounding)."""
    an, ad = a.as_integer_ratio()
    bn, bd = b.as_integer_ratio()
    cn, cd = c.as_integer_ratio()
    return (an * bn * cd + cn * ad * bd) / (ad * bd * cd)


def _settled(high, tail, margin):
    """high + tail rounded, when the rounding cannot depend on errors in tail below margin ulps;
    otherwise None."""
    y = high + tail
    error = tail - (y - high)  # exact when |high| >= |tail|, which both paths guarantee
    ulp = math.ulp(y)
    if error * y < 0 and math.frexp(y)[0] == 0.5:
        ulp *= 0.5  # below a power of two the spacing halves
    return y if abs(error) < ulp * (0.5 - margin) else None


def _near_one(x):
    r = x - 1.0
    r2 = r * r
    r3 = r * r2
    # rhi: r's top 26 bits, so that rhi*rhi and the products with B[0] = -1/2 are exact.
    rhi = (r * 134217728.0 + r) - r * 134217728.0
    rlo = r - rhi
    hi = rhi * rhi * B[0] + r
    lo = rhi * rhi * B[0] + (r - hi)
    correction = B[0] * rlo
    quick_p = ((B[7] + r * B[8] + r2 * B[9] + r3 * B[10]) * r3 + (B[4] + r * B[5] + r2 * B[6])) * r3 \
        + (B[1] + r * B[2] + r2 * B[3])
    quick = quick_p * r3 + (correction * (rhi + r) + lo)
    settled = _settled(hi, quick, NEAR_ONE_MARGIN)
    if settled is not None:
        return settled
    p = _fma(r2, B[9], _fma(r, B[8], B[7]))
    p = _fma(r3, B[10], p)
    p = _fma(p, r3, _fma(r2, B[6], _fma(r, B[5], B[4])))
    p = _fma(p, r3, _fma(r2, B[3], _fma(r, B[2], B[1])))
    tail = _fma(p, r3, _fma(correction, rhi + r, lo))
    return hi + tail


def log(x):
    if not 0.0 < x < math.inf:
        return math.log(x)  # the special values agree everywhere
    if x == 1.0:
        return 0.0
    if NEAR_ONE_LOW <= x < NEAR_ONE_HIGH:
        return _near_one(x)
    # x = 2**k * z with z in [0.6875, 1.375), which the table cuts into 128 intervals.
    m, k = math.frexp(x)
    if m < 0.6875:
        z = m * 2.0
        k -= 1
        i = 80 + int((z - 1.0) * 128.0)
    else:
        z = m
        i = int((z - 0.6875) * 256.0)
    # r = z * INVC[i] - 1 rounded once, as glibc's fused multiply-add gives it: the product's
    # rounding error is recovered exactly from the halves (Dekker), and p - 1 is exact.
    invc = INVC[i]
    invc_high, invc_low = INVC_HALVES[i]
    z_high, z_low = _halves(z)
    p = z * invc
    r = (p - 1.0) + (((z_high * invc_high - p) + z_high * invc_low + z_low * invc_high) + z_low * invc_low)
    kd = float(k)
    w = kd * LN2HI + LOGC[i]  # exact product: LN2HI has trailing zeros
    hi = w + r
    lo_base = (w - hi) + r
    r2 = r * r
    quick = (r * r2) * ((r * A[4] + A[3]) * r2 + (r * A[2] + A[1])) + (r2 * A[0] + (kd * LN2LO + lo_base))
    settled = _settled(hi, quick, MAIN_MARGIN)
    if settled is not None:
        return settled
    lo = _fma(kd, LN2LO, lo_base)
    poly = _fma(_fma(r, A[4], A[3]), r2, _fma(r, A[2], A[1]))
    tail = _fma(r * r2, poly, _fma(r2, A[0], lo))
    return hi + tail
