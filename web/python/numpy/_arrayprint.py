"""The printed text of arrays and scalars, as NumPy 1.24 prints it: str and repr, nested
brackets, line wrapping at the line width, summaries of large arrays, and the dtype suffix.

An array is given as its elements in C order (Python floats, ints or bools), its shape and its
dtype name; the wrappers at the end take an ndarray and are NumPy's public functions. The
elements may be any sequence that can be indexed, such as a memoryview of the array's buffer:
only the elements that are shown are read, so summarising a large array costs little."""
import math
import warnings

from . import _float_format
from ._element_format import FLOAT_DTYPES, element_format
from ._printoptions import checked_options, options

# dtypes whose values already say what they are, so repr leaves out "dtype=" (NumPy's
# float_, int_ and bool_; 1.13 still named bool).
_IMPLIED_DTYPES = ("float64", "int64", "bool")


def _strides(shape):
    strides, step = [], 1
    for length in reversed(shape):
        strides.append(step)
        step *= length
    return tuple(reversed(strides))


def _shown_indices(length, edgeitems, summarise):
    """The indices along one axis that a printed array shows."""
    if summarise and length > 2 * edgeitems:
        return list(range(edgeitems)) + list(range(length - edgeitems, length))
    return list(range(length))


def _shown_values(values, shape, edgeitems, summarise):
    """The elements a printed array shows (the corners when it is summarised), which are the
    ones that decide the widths."""
    strides = _strides(shape)
    offsets = [0]
    for axis, length in enumerate(shape):
        offsets = [offset + index * strides[axis] for offset in offsets
                   for index in _shown_indices(length, edgeitems, summarise)]
    return [values[offset] for offset in offsets]


def _extend_line(text, line, word, line_width, next_line_prefix, legacy):
    """Adds ``word`` to ``line``, first moving to a new line if it would pass the width (since
    1.14 only when a new line helps, i.e. the line holds more than the indent)."""
    needs_wrap = len(line) + len(word) > line_width
    if legacy > 113 and len(line) <= len(next_line_prefix):
        needs_wrap = False
    if needs_wrap:
        text += line.rstrip() + "\n"
        line = next_line_prefix
    return text, line + word


def _extend_line_pretty(text, line, word, line_width, next_line_prefix, legacy):
    """Adds a ``word`` that may span several lines (from a formatter), keeping it in a block."""
    words = word.splitlines()
    if len(words) == 1 or legacy <= 113:
        return _extend_line(text, line, word, line_width, next_line_prefix, legacy)
    widest = max(len(part) for part in words)
    if len(line) + widest > line_width and len(line) > len(next_line_prefix):
        text += line.rstrip() + "\n"
        line = next_line_prefix + words[0]
        indent = next_line_prefix
    else:
        indent = " " * len(line)
        line += words[0]
    for part in words[1:]:
        text += line.rstrip() + "\n"
        line = indent + part
    return text, line + " " * (widest - len(words[-1]))


def _format_array(values, shape, write, line_width, next_line_prefix, separator, edgeitems,
                  summary_insert, legacy):
    """The nested brackets: elements of the last axis fill lines up to ``line_width``; each
    further axis adds a blank line between its blocks."""
    strides = _strides(shape)

    def block(offset, axis, hanging_indent, width):
        if axis == len(shape):
            return write(values[offset])
        axes_left = len(shape) - axis
        inner_indent = hanging_indent + " "
        inner_width = width if legacy <= 113 else width - 1  # room for the closing "]"
        length = shape[axis]
        summarised = bool(summary_insert) and 2 * edgeitems < length
        leading = edgeitems if summarised else 0
        trailing = edgeitems if summarised else length

        def part(index):
            return block(offset + index * strides[axis], axis + 1, inner_indent, inner_width)

        trailing_indices = range(length - trailing, length)
        if axes_left == 1:
            if legacy <= 113:
                element_width = width - len(separator.rstrip())
            else:
                element_width = width - max(len(separator.rstrip()), 1)
            text, line = "", hanging_indent
            for index in range(leading):
                text, line = _extend_line_pretty(text, line, part(index), element_width,
                                                 hanging_indent, legacy)
                line += separator
            if summarised:
                text, line = _extend_line(text, line, summary_insert, element_width,
                                          hanging_indent, legacy)
                line += ", " if legacy <= 113 else separator
            for index in trailing_indices[:-1]:
                text, line = _extend_line_pretty(text, line, part(index), element_width,
                                                 hanging_indent, legacy)
                line += separator
            if legacy <= 113:
                element_width = width  # 1.13 did not count the separator on the last element
            text, line = _extend_line_pretty(text, line, part(length - 1), element_width,
                                             hanging_indent, legacy)
            text += line
        else:
            line_break = separator.rstrip() + "\n" * (axes_left - 1)
            text = ""
            for index in range(leading):
                text += hanging_indent + part(index) + line_break
            if summarised:
                if legacy <= 113:
                    text += hanging_indent + summary_insert + ", \n"
                else:
                    text += hanging_indent + summary_insert + line_break
            for index in trailing_indices[:-1]:
                text += hanging_indent + part(index) + line_break
            text += hanging_indent + part(length - 1)
        return "[" + text[len(hanging_indent):] + "]"

    return block(0, 0, next_line_prefix, line_width)


def _size(shape):
    return math.prod(shape)


_NOT_GIVEN = object()


def array2string(values, shape, dtype_name, max_line_width=None, precision=None,
                 suppress_small=None, separator=" ", prefix="", style=_NOT_GIVEN, formatter=None,
                 threshold=None, edgeitems=None, sign=None, floatmode=None, suffix="", *,
                 legacy=None):
    """The text of the array's elements in brackets, as numpy.array2string writes it;
    ``prefix`` and ``suffix`` are the text that will surround it (their widths count).
    ``style`` writes a 0-d array's item under legacy='1.13' and is deprecated otherwise."""
    shape = tuple(shape)
    settings = dict(options)
    settings.update(checked_options(precision, threshold, edgeitems, max_line_width,
                                    suppress_small, None, None, sign, formatter, floatmode,
                                    legacy))
    if settings["legacy"] <= 113:
        if shape == ():
            return (repr if style is _NOT_GIVEN else style)(values[0])
    elif style is not _NOT_GIVEN:
        warnings.warn("'style' argument is deprecated and no longer functional except in 1.13 "
                      "'legacy' mode", DeprecationWarning, stacklevel=3)
    if settings["legacy"] > 113:
        settings["linewidth"] -= len(suffix)
    if _size(shape) == 0:
        return "[]"
    summarise = _size(shape) > settings["threshold"]
    shown = _shown_values(values, shape, settings["edgeitems"], summarise)
    write = element_format(shown, dtype_name, settings, zero_d=shape == ())
    return _format_array(values, shape, write, settings["linewidth"], " " + " " * len(prefix),
                         separator, settings["edgeitems"], "..." if summarise else "",
                         settings["legacy"])


def array_repr(values, shape, dtype_name, max_line_width=None, precision=None,
               suppress_small=None):
    """repr of an ndarray: ``array([...])``, with ``dtype=`` unless the values imply it, and
    the shape of an empty array other than (0,)."""
    shape = tuple(shape)
    legacy = options["legacy"]
    if max_line_width is None:
        max_line_width = options["linewidth"]
    size = _size(shape)
    implied = dtype_name in _IMPLIED_DTYPES and not (legacy <= 113 and dtype_name == "bool")
    skip_dtype = implied and size > 0
    prefix = "array("
    suffix = ")" if skip_dtype else ","
    if legacy <= 113 and shape == ():
        body = repr(values[0])
    elif size > 0 or shape == (0,):
        body = array2string(values, shape, dtype_name, max_line_width, precision,
                            suppress_small, ", ", prefix, suffix=suffix)
    else:
        body = "[], shape=%r" % (shape,)
    text = prefix + body + suffix
    if skip_dtype:
        return text
    dtype_text = "dtype=%s)" % dtype_name
    last_line_length = len(text) - (text.rfind("\n") + 1)
    spacer = " "
    if legacy > 113 and last_line_length + len(dtype_text) + 1 > max_line_width:
        spacer = "\n" + " " * len(prefix)
    return text + spacer + dtype_text


def array_str(values, shape, dtype_name, max_line_width=None, precision=None,
              suppress_small=None):
    """str of an ndarray: the elements in brackets; a 0-d array prints as its scalar."""
    shape = tuple(shape)
    if options["legacy"] <= 113 and shape == ():
        return str(values[0])
    if shape == ():
        return format_scalar_str(values[0], dtype_name)
    return array2string(values, shape, dtype_name, max_line_width, precision, suppress_small,
                        " ", "")


# Significant digits of the '%g' text NumPy 1.13 gave float scalars, for repr and for str.
_LEGACY_SCALAR_DIGITS = {("float64", repr): 17, ("float64", str): 12,
                         ("float32", repr): 8, ("float32", str): 6}


def _format_scalar(value, dtype_name, style):
    if dtype_name == "bool":
        return "True" if value else "False"
    if dtype_name not in FLOAT_DTYPES:
        return str(int(value))
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "-inf" if value < 0 else "inf"
    if options["legacy"] <= 113:
        text = "%.*g" % (_LEGACY_SCALAR_DIGITS[dtype_name, style], value)
        return text if any(mark in text for mark in ".e") else text + ".0"
    if value == 0 or 1e-4 <= abs(value) < 1e16:
        return _float_format.positional(value, dtype_name, trim="0")
    return _float_format.scientific(value, dtype_name, trim="-")


def format_scalar_repr(value, dtype_name):
    """repr of a NumPy scalar: a float by its shortest round-trip digits in its own type,
    positional from 1e-4 up to 1e16 (with at least one digit after the point), scientific
    outside it; under legacy='1.13', '%.17g' (float32: '%.8g')."""
    return _format_scalar(value, dtype_name, repr)


def format_scalar_str(value, dtype_name):
    """str of a NumPy scalar: its repr, except under legacy='1.13' where floats get '%.12g'
    (float32: '%.6g')."""
    return _format_scalar(value, dtype_name, str)


# NumPy's public functions, over any array with .shape, .dtype.name and .ravel().tolist().


def _elements(a):
    return a.ravel().tolist(), tuple(a.shape), a.dtype.name


def np_array2string(a, max_line_width=None, precision=None, suppress_small=None, separator=" ",
                    prefix="", style=_NOT_GIVEN, formatter=None, threshold=None, edgeitems=None,
                    sign=None, floatmode=None, suffix="", *, legacy=None):
    """numpy.array2string."""
    return array2string(*_elements(a), max_line_width, precision, suppress_small, separator,
                        prefix, style, formatter, threshold, edgeitems, sign, floatmode, suffix,
                        legacy=legacy)


def np_array_repr(arr, max_line_width=None, precision=None, suppress_small=None):
    """numpy.array_repr."""
    return array_repr(*_elements(arr), max_line_width, precision, suppress_small)


def np_array_str(a, max_line_width=None, precision=None, suppress_small=None):
    """numpy.array_str."""
    return array_str(*_elements(a), max_line_width, precision, suppress_small)


def _non_negative(value, name):
    if value is not None and value < 0:
        raise ValueError(f"{name} must be >= 0")
    return value


def _float_arguments(x, precision, unique, trim, pad_left, other_pad, min_digits):
    """x as a Python float with its dtype name, after NumPy's checks of the common arguments."""
    if isinstance(x, str):
        raise TypeError("must be real number, not str")
    for value, name in ((precision, "precision"), (pad_left, "pad_left"),
                        (other_pad[0], other_pad[1]), (min_digits, "min_digits")):
        _non_negative(value, name)
    if not unique and precision is None:
        raise TypeError("in non-unique mode `precision` must be supplied")
    if trim not in _float_format.TRIM_MODES:
        raise TypeError(f"if supplied, trim must be 'k', '.', '0' or '-' found `{trim}`")
    if min_digits and precision and min_digits > precision:
        raise ValueError("min_digits must be less than or equal to precision")
    dtype = getattr(x, "dtype", None)
    dtype_name = dtype.name if dtype is not None and dtype.name in FLOAT_DTYPES else "float64"
    return float(x), dtype_name


def format_float_positional(x, precision=None, unique=True, fractional=True, trim="k",
                            sign=False, pad_left=None, pad_right=None, min_digits=None):
    """numpy.format_float_positional: a float (a float32 scalar by its own digits)."""
    value, dtype_name = _float_arguments(x, precision, unique, trim, pad_left,
                                         (pad_right, "pad_right"), min_digits)
    if not fractional and precision == 0:
        raise ValueError("precision must be greater than 0 if fractional=False")
    return _float_format.positional(value, dtype_name, precision, unique, trim, sign, pad_left,
                                    pad_right, min_digits, fractional)


def format_float_scientific(x, precision=None, unique=True, trim="k", sign=False,
                            pad_left=None, exp_digits=None, min_digits=None):
    """numpy.format_float_scientific."""
    value, dtype_name = _float_arguments(x, precision, unique, trim, pad_left,
                                         (exp_digits, "exp_digits"), min_digits)
    return _float_format.scientific(value, dtype_name, precision, unique, trim, sign, pad_left,
                                    exp_digits, min_digits)
