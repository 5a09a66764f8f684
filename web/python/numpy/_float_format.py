"""Decimal text of one float64 or float32 value, as NumPy's Dragon4 writes it.

A value is written from its digits: by default the shortest digits that read back as the same
value of its own type (so float32 0.1 is "0.1", not float64's 0.10000000149011612); a precision
cuts them off, and the cut digit is rounded from the exact binary value, half to even. NumPy keeps
the zeros such a rounding leaves when it rounds down, but a carry (0.999999999 -> 1) ends the
digits at the digit it raised; the digit strings here follow the same rule, so trimming sees the
same trailing zeros NumPy's does.

Digit strings are (digits, exponent) pairs: the magnitude is int(digits) * 10**exponent."""
import decimal
import math
import struct

# Enough significant decimal digits for any float64 written out in full (5e-324 has 751).
_EXACT = decimal.Context(prec=1200, rounding=decimal.ROUND_HALF_EVEN)

TRIM_MODES = ("k", ".", "0", "-")


def as_float32(value):
    """The float32 nearest to ``value`` (as a Python float), or inf beyond float32's range."""
    try:
        return struct.unpack("<f", struct.pack("<f", value))[0]
    except OverflowError:
        return math.copysign(math.inf, value)


def _pair(number):
    """(digits, exponent) of a finite non-negative Decimal, without trailing zeros."""
    if not number:
        return "0", 0
    _, digits, exponent = number.normalize(_EXACT).as_tuple()
    return "".join(map(str, digits)), exponent


def _shortest_float32(magnitude):
    """The fewest significant digits that read back as this float32, nearest to it when several
    do. Between powers of two the gap below a value is half the gap above it, so there the
    nearest p-digit number can miss while its upper neighbour still reads back."""
    at_power_of_two = math.frexp(magnitude)[0] == 0.5
    for places in range(9):
        nearest = decimal.Decimal("%.*e" % (places, magnitude))
        candidates = [nearest]
        if at_power_of_two:
            step = decimal.Decimal(1).scaleb(nearest.adjusted() - places)
            candidates.append(nearest + step)
        for candidate in candidates:
            if as_float32(float(candidate)) == magnitude:
                return _pair(candidate)
    return _pair(decimal.Decimal(magnitude))


def shortest_digits(magnitude, dtype_name):
    """The shortest round-trip digits of a finite non-negative value of its dtype."""
    if magnitude == 0:
        return "0", 0
    if dtype_name == "float32":
        return _shortest_float32(magnitude)
    return _pair(decimal.Decimal(repr(magnitude)))


def _rounded(magnitude, exponent):
    """The exact value rounded, half to even, to a multiple of 10**exponent. Like Dragon4's digit
    loop it keeps the zeros it cut through when it rounds down, but has no trailing zeros when
    the exact value ended before the cut or when it rounds up (a carry)."""
    exact = decimal.Decimal(magnitude)
    unit = decimal.Decimal(1).scaleb(exponent)
    down = exact.quantize(unit, rounding=decimal.ROUND_DOWN, context=_EXACT)
    nearest = exact.quantize(unit, rounding=decimal.ROUND_HALF_EVEN, context=_EXACT)
    if nearest == down and down != exact:
        _, digits, last = down.as_tuple()
        return "".join(map(str, digits)), last
    return _pair(nearest)


def _digits(magnitude, dtype_name, unique, precision, min_digits, counted_from_point):
    """The digits Dragon4 prints. ``precision`` and ``min_digits`` count digits after the point
    when ``counted_from_point``, else after the leading digit; a positional text with
    ``fractional=False`` counts all significant digits, one more than after the leading one."""
    def last_exponent(count):  # the exponent of the last digit that ``count`` allows
        if counted_from_point:
            return -count
        return (decimal.Decimal(magnitude).adjusted() if magnitude else 0) - count

    if not unique:
        return _rounded(magnitude, last_exponent(precision))
    digits, exponent = shortest_digits(magnitude, dtype_name)
    if precision is not None and exponent < last_exponent(precision):
        return _rounded(magnitude, last_exponent(precision))
    if min_digits and exponent > last_exponent(min_digits):
        return _rounded(magnitude, last_exponent(min_digits))
    return digits, exponent


def _finish_fraction(fraction, unique, precision, min_digits, trim):
    """The digits after the point and whether the point is written, after Dragon4's padding with
    zeros (to ``min_digits``, and to ``precision`` for non-unique digits kept by trim 'k') and
    its trimming."""
    if min_digits is not None:
        fraction = fraction.ljust(min_digits, "0")
    if trim == "0" and not fraction:
        fraction = "0"
    elif trim == "k" and not unique and precision is not None:
        fraction = fraction.ljust(precision, "0")
    if precision is not None and trim != "k" and fraction:
        fraction = fraction.rstrip("0")
        if not fraction and trim == "0":
            fraction = "0"
    return fraction, bool(fraction) or trim != "-"


def _sign(value, sign):
    if math.copysign(1.0, value) < 0:
        return "-"
    return "+" if sign else ""


def _non_finite(value, sign):
    """nan (never signed) or inf, as Dragon4 writes them, unpadded."""
    return "nan" if math.isnan(value) else _sign(value, sign) + "inf"


def positional(value, dtype_name="float64", precision=None, unique=True, trim="k", sign=False,
               pad_left=None, pad_right=None, min_digits=None, fractional=True):
    """``value`` in positional notation; with ``fractional=False`` the precision counts
    significant digits instead of digits after the point."""
    if not math.isfinite(value):
        return _non_finite(value, sign)
    magnitude = abs(value)
    if fractional:
        digits, exponent = _digits(magnitude, dtype_name, unique, precision, min_digits, True)
    else:
        leading = decimal.Decimal(magnitude).adjusted() if magnitude else 0
        cut, least = (None if count is None else count - 1 - leading
                      for count in (precision, min_digits))
        digits, exponent = _digits(magnitude, dtype_name, unique, cut, least, True)
    if exponent >= 0:
        whole, fraction = digits + "0" * exponent, ""
    else:
        whole, fraction = digits[:exponent] or "0", digits[exponent:].rjust(-exponent, "0")
    if not fractional:
        # For padding Dragon4 counts the whole part's digits (a lone 0 too) against the total.
        if precision is not None:
            precision = max(precision - len(whole), 0)
        if min_digits is not None:
            min_digits = max(min_digits - len(whole), 0)
    fraction, point = _finish_fraction(fraction, unique, precision, min_digits, trim)
    whole = _sign(value, sign) + whole
    if pad_left is not None:
        whole = whole.rjust(pad_left)
    if pad_right is not None:
        fraction = fraction.ljust(pad_right)
    return whole + ("." if point else "") + fraction


def scientific(value, dtype_name="float64", precision=None, unique=True, trim="k", sign=False,
               pad_left=None, exp_digits=None, min_digits=None):
    """``value`` in scientific notation."""
    if not math.isfinite(value):
        return _non_finite(value, sign)
    digits, exponent = _digits(abs(value), dtype_name, unique, precision, min_digits, False)
    power = exponent + len(digits) - 1 if value else 0
    fraction, point = _finish_fraction(digits[1:], unique, precision, min_digits, trim)
    whole = _sign(value, sign) + digits[0]
    if pad_left is not None:
        whole = whole.rjust(pad_left)
    power_text = str(abs(power)).rjust(2 if exp_digits is None else exp_digits, "0")
    return (whole + ("." if point else "") + fraction
            + "e" + ("-" if power < 0 else "+") + power_text)
