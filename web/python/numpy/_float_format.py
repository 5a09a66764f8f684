"""Decimal text of one float64 or float32 value, as NumPy's Dragon4 writes it.

A value is written from its digits: by default the shortest digits that read back as the same
value of its own type (so float32 0.1 is "0.1", not float64's 0.10000000149011612); a precision
cuts them off, and the cut digit is rounded from the exact binary value, half to even. NumPy keeps
the zeros such a rounding leaves when it rounds down, but a carry (0.999999999 -> 1) ends the
digits at the digit it raised; the digit strings here follow the same rule, so trimming sees the
same trailing zeros NumPy's does.

Digit strings are (digits, exponent) pairs: the magnitude is int(digits) * 10**exponent."""
import math
import struct

TRIM_MODES = ("k", ".", "0", "-")


def as_float32(value):
    """The float32 nearest to ``value`` (as a Python float), or inf beyond float32's range."""
    try:
        return struct.unpack("<f", struct.pack("<f", value))[0]
    except OverflowError:
        return math.copysign(math.inf, value)


def _stripped(digits, exponent):
    """(digits, exponent) without trailing zeros; zero is ("0", 0)."""
    kept = digits.rstrip("0")
    return (kept, exponent + len(digits) - len(kept)) if kept else ("0", 0)


def _parsed(text):
    """(digits, exponent) of a decimal text such as '1.25', '1e-05' or '2.5e+20'."""
    mantissa, _, power = text.partition("e")
    whole, _, fraction = mantissa.partition(".")
    return _stripped((whole + fraction).lstrip("0"), int(power or 0) - len(fraction))


def _reads_back(text, magnitude):
    return as_float32(float(text)) == magnitude


def _shortest_float32(magnitude):
    """The fewest significant digits that read back as this float32, nearest to it when several
    do. Nine always do, and more correctly rounded digits never stop reading back, so a binary
    search finds the fewest; but between powers of two the gap below a value is half the gap
    above it, so there the nearest p-digit number can miss while its upper neighbour reads back."""
    if math.frexp(magnitude)[0] == 0.5:
        for places in range(9):
            digits, exponent = _parsed("%.*e" % (places, magnitude))
            zeros = places + 1 - len(digits)  # one more in the last of the places + 1 digits:
            above = _stripped(str(int(digits) * 10 ** zeros + 1), exponent - zeros)
            for candidate in ((digits, exponent), above):
                if _reads_back("%se%d" % candidate, magnitude):
                    return candidate
    fewest, most = 0, 8
    while fewest < most:
        places = (fewest + most) // 2
        if _reads_back("%.*e" % (places, magnitude), magnitude):
            most = places
        else:
            fewest = places + 1
    return _parsed("%.*e" % (fewest, magnitude))


def shortest_digits(magnitude, dtype_name):
    """The shortest round-trip digits of a finite non-negative value of its dtype."""
    if magnitude == 0:
        return "0", 0
    if dtype_name == "float32":
        return _shortest_float32(magnitude)
    return _parsed(repr(magnitude))  # Python's repr is the shortest round-trip float64 text


def _scaled(magnitude, exponent):
    """magnitude / 10**exponent as an exact fraction (numerator, denominator) of integers."""
    numerator, denominator = magnitude.as_integer_ratio()
    if exponent < 0:
        return numerator * 10 ** -exponent, denominator
    return numerator, denominator * 10 ** exponent


def leading_exponent(magnitude):
    """The power of ten of the leading digit of the exact value (0 for zero)."""
    if not magnitude:
        return 0
    exponent = math.floor(math.log10(magnitude))
    numerator, denominator = _scaled(magnitude, exponent)
    if numerator < denominator:
        return exponent - 1
    return exponent + 1 if numerator >= 10 * denominator else exponent


def _rounded(magnitude, exponent, past_the_end=False):
    """The exact value rounded, half to even, to a multiple of 10**exponent. Like Dragon4's digit
    loop it keeps the zeros it cut through when it rounds down, but has no trailing zeros when
    it rounds up (a carry) or, unless ``past_the_end``, when the exact value ended before the
    cut."""
    numerator, denominator = _scaled(magnitude, exponent)
    quotient, remainder = divmod(numerator, denominator)
    if not remainder and not past_the_end:
        return _stripped(str(quotient), exponent)
    if 2 * remainder > denominator or 2 * remainder == denominator and quotient % 2:
        return _stripped(str(quotient + 1), exponent)
    return str(quotient), exponent


def _digits(magnitude, dtype_name, unique, precision, min_digits, counted_from_point):
    """The digits Dragon4 prints. ``precision`` and ``min_digits`` count digits after the point
    when ``counted_from_point``, else after the leading digit of the exact value."""
    if not unique:
        leading = 0 if counted_from_point else leading_exponent(magnitude)
        return _rounded(magnitude, leading - precision)
    digits, exponent = shortest_digits(magnitude, dtype_name)
    if counted_from_point:
        leading = 0
    elif digits == "1":  # the shortest digits may have rounded up to a power of ten
        leading = leading_exponent(magnitude)
    else:
        leading = exponent + len(digits) - 1
    if precision is not None and exponent < leading - precision:
        return _rounded(magnitude, leading - precision)
    # min_digits=0 still matters: a whole number whose shortest digits end before the point
    # (float32 71452496 -> 714525e2) gets its exact digits up to the point.
    if min_digits is not None and exponent > leading - min_digits:
        return _rounded(magnitude, leading - min_digits, past_the_end=True)
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
        leading = leading_exponent(magnitude)
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
