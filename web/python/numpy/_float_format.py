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
    """The exact value rounded, half to even, to a multiple of 10**exponent: the digits it ends
    with when it rounds down, and without trailing zeros when it rounds up (a carry)."""
    exact = decimal.Decimal(magnitude)
    unit = decimal.Decimal(1).scaleb(exponent)
    down = exact.quantize(unit, rounding=decimal.ROUND_DOWN, context=_EXACT)
    nearest = exact.quantize(unit, rounding=decimal.ROUND_HALF_EVEN, context=_EXACT)
    if nearest == down:
        _, digits, last = down.as_tuple()
        return "".join(map(str, digits)), last
    return _pair(nearest)


def _significant_exponent(magnitude):
    """The power of ten of the leading digit of the exact value."""
    return decimal.Decimal(magnitude).adjusted() if magnitude else 0


def _digits(magnitude, dtype_name, unique, precision, min_digits, scientific):
    """The digits Dragon4 prints: ``precision`` and ``min_digits`` count digits after the point,
    in scientific notation after the leading digit."""
    def last_exponent(count):  # the exponent of the digit ``count`` places after the point
        return (_significant_exponent(magnitude) if scientific else 0) - count

    if not unique:
        return _rounded(magnitude, last_exponent(precision))
    digits, exponent = shortest_digits(magnitude, dtype_name)
    if precision is not None and exponent < last_exponent(precision):
        return _rounded(magnitude, last_exponent(precision))
    if min_digits is not None and exponent > last_exponent(min_digits):
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


def positional(value, dtype_name="float64", precision=None, unique=True, trim="k", sign=False,
               pad_left=None, pad_right=None, min_digits=None):
    """``value`` in positional notation (finite values only)."""
    digits, exponent = _digits(abs(value), dtype_name, unique, precision, min_digits, False)
    if exponent >= 0:
        whole, fraction = digits + "0" * exponent, ""
    else:
        whole, fraction = digits[:exponent] or "0", digits[exponent:].rjust(-exponent, "0")
    fraction, point = _finish_fraction(fraction, unique, precision, min_digits, trim)
    whole = _sign(value, sign) + whole
    if pad_left is not None:
        whole = whole.rjust(pad_left)
    if pad_right is not None:
        fraction = fraction.ljust(pad_right)
    return whole + ("." if point else "") + fraction


def scientific(value, dtype_name="float64", precision=None, unique=True, trim="k", sign=False,
               pad_left=None, exp_digits=None, min_digits=None):
    """``value`` in scientific notation (finite values only)."""
    digits, exponent = _digits(abs(value), dtype_name, unique, precision, min_digits, True)
    power = exponent + len(digits) - 1 if value else 0
    fraction, point = _finish_fraction(digits[1:], unique, precision, min_digits, trim)
    whole = _sign(value, sign) + digits[0]
    if pad_left is not None:
        whole = whole.rjust(pad_left)
    power_text = str(abs(power)).rjust(2 if exp_digits is None else exp_digits, "0")
    return (whole + ("." if point else "") + fraction
            + "e" + ("-" if power < 0 else "+") + power_text)
