"""NumPy's print options: the settings every printed array reads, set for the whole program by
set_printoptions or for a block by printoptions, with NumPy's defaults and NumPy's messages for
bad values."""
import contextlib
import math
import numbers
import operator
import sys
import warnings

# legacy is kept as a number so that modes compare in order: 113 is '1.13', 121 is '1.21', and
# sys.maxsize is no legacy mode.
_LEGACY_NAMES = {113: "1.13", 121: "1.21", sys.maxsize: False}
FLOAT_MODES = ("fixed", "unique", "maxprec", "maxprec_equal")

options = {
    "edgeitems": 3,
    "threshold": 1000,
    "floatmode": "maxprec",
    "precision": 8,
    "suppress": False,
    "linewidth": 75,
    "nanstr": "nan",
    "infstr": "inf",
    "sign": "-",
    "formatter": None,
    "legacy": sys.maxsize,
}


def checked_options(precision=None, threshold=None, edgeitems=None, linewidth=None,
                    suppress=None, nanstr=None, infstr=None, sign=None, formatter=None,
                    floatmode=None, legacy=None):
    """The options that are given (not None), checked and in their stored form."""
    given = {name: value for name, value in locals().items() if value is not None}
    if suppress is not None:
        given["suppress"] = bool(suppress)
    if floatmode not in FLOAT_MODES + (None,):
        raise ValueError("floatmode option must be one of "
                         + ", ".join('"{}"'.format(mode) for mode in FLOAT_MODES))
    if sign not in (None, "-", "+", " "):
        raise ValueError("sign option must be one of ' ', '+', or '-'")
    if legacy is False:
        given["legacy"] = sys.maxsize
    elif legacy == "1.13":
        given["legacy"] = 113
    elif legacy == "1.21":
        given["legacy"] = 121
    elif legacy is not None:
        warnings.warn("legacy printing option can currently only be '1.13', '1.21', or `False`",
                      stacklevel=3)
        del given["legacy"]
    if threshold is not None:
        if not isinstance(threshold, numbers.Number):
            raise TypeError("threshold must be numeric")
        if math.isnan(threshold):
            raise ValueError("threshold must be non-NAN, try sys.maxsize for untruncated "
                             "representation")
    if precision is not None:
        try:
            given["precision"] = operator.index(precision)
        except TypeError as error:
            raise TypeError("precision must be an integer") from error
    return given


def set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None,
                     suppress=None, nanstr=None, infstr=None, formatter=None, sign=None,
                     floatmode=None, *, legacy=None):
    """Sets the print options that are given; ``formatter`` is always replaced (None clears it)."""
    given = checked_options(precision, threshold, edgeitems, linewidth, suppress, nanstr,
                            infstr, sign, formatter, floatmode, legacy)
    given["formatter"] = formatter
    options.update(given)
    if options["legacy"] == 113:
        options["sign"] = "-"  # 1.13 has its own sign rule; NumPy resets the option with it


def get_printoptions():
    """A copy of the current print options."""
    current = dict(options)
    current["legacy"] = _LEGACY_NAMES[current["legacy"]]
    return current


@contextlib.contextmanager
def printoptions(*args, **kwargs):
    """Sets print options for a ``with`` block and restores the previous ones after it."""
    previous = get_printoptions()
    try:
        set_printoptions(*args, **kwargs)
        yield get_printoptions()
    finally:
        set_printoptions(**previous)
