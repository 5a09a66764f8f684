"""How one array element is written so that all elements of a printed array line up: floats
share one notation, padding and number of digits; integers share one width; booleans pad True
to the width of False.

Each format is built from the elements that will be printed (after summarising) and then
called on each element."""
import math

from . import _float_format

FLOAT_DTYPES = ("float64", "float32")
INT_DTYPES = ("int64", "int32", "uint8")

# NumPy hands a formatter function each element as a NumPy scalar (numpy.float32(0.1), whose
# str is "0.1"). The package registers its scalar types here by dtype name; elements of a dtype
# without one reach the function as Python floats, ints and bools.
SCALAR_TYPES = {}


class FloatFormat:
    """NumPy's float element format: positional unless the values span too many orders of
    magnitude (then scientific); in maxprec mode at most ``precision`` digits after the point,
    trailing zeros dropped, points aligned."""

    def __init__(self, values, dtype_name, precision, floatmode, suppress, sign, legacy, nanstr,
                 infstr, zero_d=False):
        if legacy <= 113 and not zero_d and sign == "-":
            sign = " "  # 1.13 kept a space for the sign of every element
        if floatmode == "unique":
            precision = None
        elif precision < 0:
            raise ValueError("precision must be >= 0")
        self.dtype_name = dtype_name
        self.floatmode = floatmode
        self.precision = precision
        self.sign = sign
        self.legacy = legacy
        self.nanstr = nanstr
        self.infstr = infstr
        finite = [value for value in values if math.isfinite(value)]
        self.scientific = self._needs_scientific(finite, suppress)
        self._fit(finite)
        if legacy > 113 and sign == " " and not any(math.copysign(1, v) < 0 for v in finite):
            self.pad_left += 1
        if len(finite) != len(values):
            self._fit_non_finite(values)

    def _needs_scientific(self, finite, suppress):
        magnitudes = [abs(value) for value in finite if value != 0]
        if not magnitudes:
            return False
        largest, smallest = max(magnitudes), min(magnitudes)
        ratio = largest / smallest
        if self.dtype_name == "float32":
            ratio = _float_format.as_float32(ratio)  # NumPy divides in float32
        return largest >= 1e8 or not suppress and (smallest < 1e-4 or ratio > 1000)

    def _fit(self, finite):
        """Chooses digits and padding from a first writing of every finite value."""
        plus = self.sign == "+"
        self.min_digits = None
        if not finite:
            self.pad_left = self.pad_right = 0
            self.trim, self.unique = ".", True
            return
        if self.scientific:
            trim, unique = (("k", False) if self.floatmode == "fixed" or self.legacy <= 113
                            else (".", True))
            texts = [_float_format.scientific(value, self.dtype_name, self.precision, unique,
                                              trim, plus) for value in finite]
            mantissas, exponents = zip(*(text.split("e") for text in texts))
            wholes, fractions = zip(*(mantissa.split(".") for mantissa in mantissas))
            self.exp_size = max(len(exponent) for exponent in exponents) - 1
            self.trim, self.unique = "k", unique
            self.precision = self.min_digits = max(len(fraction) for fraction in fractions)
            self.pad_left = 3 if self.legacy <= 113 else max(len(whole) for whole in wholes)
            self.pad_right = self.exp_size + 2 + self.precision  # only for nan and inf widths
            return
        trim, unique = ("k", False) if self.floatmode == "fixed" else (".", True)
        texts = [_float_format.positional(value, self.dtype_name, self.precision, unique, trim,
                                          plus) for value in finite]
        wholes, fractions = zip(*(text.split(".") for text in texts))
        if self.legacy <= 113:
            self.pad_left = 1 + max(len(whole.lstrip("-+")) for whole in wholes)
        else:
            self.pad_left = max(len(whole) for whole in wholes)
        self.pad_right = max(len(fraction) for fraction in fractions)
        self.unique = unique
        if self.floatmode in ("fixed", "maxprec_equal"):
            self.precision = self.min_digits = self.pad_right
            self.trim = "k"
        else:
            self.trim = "."
            self.min_digits = 0

    def _fit_non_finite(self, values):
        """Widens the padding so that nan and inf fit the column."""
        negative_inf = self.sign != "-" or any(math.isinf(v) and v < 0 for v in values)
        after_whole = self.pad_right + 1
        self.pad_left = max(self.pad_left, len(self.nanstr) - after_whole,
                            len(self.infstr) + negative_inf - after_whole)

    def __call__(self, value):
        if math.isnan(value):
            text = ("+" if self.sign == "+" else "") + self.nanstr
        elif math.isinf(value):
            text = ("-" if value < 0 else "+" if self.sign == "+" else "") + self.infstr
        elif self.scientific:
            return _float_format.scientific(
                value, self.dtype_name, self.precision, self.unique, self.trim, self.sign == "+",
                self.pad_left, self.exp_size, self.min_digits)
        else:
            return _float_format.positional(
                value, self.dtype_name, self.precision, self.unique, self.trim, self.sign == "+",
                self.pad_left, self.pad_right, self.min_digits)
        return text.rjust(self.pad_left + self.pad_right + 1)


class IntFormat:
    """Integers right-aligned to the width of the widest of the largest and smallest."""

    def __init__(self, values):
        self.width = max(len(str(max(values))), len(str(min(values)))) if values else 0

    def __call__(self, value):
        return str(int(value)).rjust(self.width)


class BoolFormat:
    """True gets a leading space to line up with False, except alone in a 0-d array."""

    def __init__(self, zero_d=False):
        self.true = "True" if zero_d else " True"

    def __call__(self, value):
        return self.true if value else "False"


def _formatter_for(kind, formatter):
    """The user's function for elements of ``kind`` ('bool', 'int' or 'float') from a NumPy
    ``formatter`` dict, the most specific key winning, or None."""
    if not formatter:
        return None
    keys = {"bool": ("all", "bool"), "int": ("all", "int_kind", "int"),
            "float": ("all", "float_kind", "float")}[kind]
    chosen = None
    for key in keys:
        if formatter.get(key) is not None:
            chosen = formatter[key]
    return chosen


def element_format(values, dtype_name, options, zero_d=False):
    """The function that writes each element of an array whose printed elements are ``values``."""
    kind = ("float" if dtype_name in FLOAT_DTYPES else "int" if dtype_name in INT_DTYPES
            else "bool" if dtype_name == "bool" else None)
    if kind is None:
        raise TypeError(f"printing arrays of dtype {dtype_name} is not supported")
    custom = _formatter_for(kind, options["formatter"])
    if custom is not None:
        scalar_type = SCALAR_TYPES.get(dtype_name)
        return custom if scalar_type is None else lambda value: custom(scalar_type(value))
    if kind == "bool":
        return BoolFormat(zero_d)
    if kind == "int":
        return IntFormat(values)
    return FloatFormat(values, dtype_name, options["precision"], options["floatmode"],
                       options["suppress"], options["sign"], options["legacy"], options["nanstr"],
                       options["infstr"], zero_d)
