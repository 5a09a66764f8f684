"""sum() as CPython 3.11 computes it: 3.11 is the last Python that PyTorch 1.13 runs on.

Pyodide's Python (3.12 and later) adds floats with compensated (Neumaier) summation, so
sum([0.1] * 10) is 1.0 here and 0.9999999999999999 beside PyTorch 1.13: a program that prints
a sum of losses would print other digits. Items are added left to right again, as 3.11 does;
strings keep the built-in's refusal.
"""
import builtins
import functools
import operator

_builtin_sum = builtins.sum


def sum(iterable, /, start=0):
    if isinstance(start, (str, bytes, bytearray)):
        return _builtin_sum(iterable, start)
    # reduce runs the left-to-right loop in C: sum() over a million items stays fast
    return functools.reduce(operator.add, iterable, start)


sum.__doc__ = _builtin_sum.__doc__
