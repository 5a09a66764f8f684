"""Writes web/python/numpy/random/_log_tables.py: the constants and the 128-entry table of the
reference machine's glibc log (its __log_data), so that our log gives the bits NumPy gets from it.

Run once with the reference interpreter:  /usr/bin/python3 scripts/record-glibc-log.py
It checks the Python log against the host's math.log on a few million arguments before writing."""
import ctypes.util
import importlib.util
import math
import os
import random
import struct
import sys

LIBM = "/lib/x86_64-linux-gnu/" + (ctypes.util.find_library("m") or "libm.so.6")
HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = os.path.join(HERE, "..", "web", "python", "numpy", "random", "_log_tables.py")
LN2HI = float.fromhex("0x1.62e42fefa3800p-1")
POLY1_FIRST = -0.5  # __log_data: ln2hi, ln2lo, poly[5], poly1[11] (poly1[0] = -1/2), tab[128]


def log_data():
    with open(LIBM, "rb") as library:
        data = library.read()
    start = data.find(struct.pack("<d", LN2HI))
    while start >= 0 and struct.unpack_from("<d", data, start + 7 * 8)[0] != POLY1_FIRST:
        start = data.find(struct.pack("<d", LN2HI), start + 8)
    if start < 0:
        sys.exit(f"no __log_data in {LIBM}")
    values = struct.unpack_from("<274d", data, start)
    return values[0], values[1], values[2:7], values[7:18], values[18::2], values[19::2]


def write(ln2hi, ln2lo, poly, poly1, invc, logc):
    def rows(name, numbers):
        items = [n.hex() for n in numbers]
        lines = [f"{name} = tuple(float.fromhex(h) for h in ("]
        lines += [f"    {', '.join(repr(h) for h in items[i:i + 3])}," for i in range(0, len(items), 3)]
        return lines + ["))"]
    lines = ['"""glibc\'s log data (__log_data) as the reference machine\'s libm has it.',
             'Written by scripts/record-glibc-log.py; do not edit."""', "",
             f"LN2HI = float.fromhex({ln2hi.hex()!r})", f"LN2LO = float.fromhex({ln2lo.hex()!r})"]
    lines += rows("A", poly) + rows("B", poly1) + rows("INVC", invc) + rows("LOGC", logc)
    with open(TARGET, "w") as out:
        out.write("\n".join(lines) + "\n")


def check():
    package = type(sys)("numpy_random_check")  # _log imports its tables relative to its package
    package.__path__ = [os.path.dirname(TARGET)]
    sys.modules["numpy_random_check"] = package
    spec = importlib.util.spec_from_file_location("numpy_random_check._log",
                                                  os.path.join(os.path.dirname(TARGET), "_log.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    draw = random.Random(0)
    arguments = ([draw.random() for _ in range(1_000_000)]
                 + [1.0 + (draw.random() - 0.5) * 0.15 for _ in range(1_000_000)]
                 + [draw.random() ** 20 for _ in range(300_000)]
                 + [math.ldexp(draw.random() + 0.5, draw.randrange(-1074, 1024)) for _ in range(300_000)])
    wrong = [x for x in arguments if module.log(x) != math.log(x)]
    if wrong:
        sys.exit(f"{len(wrong)} of {len(arguments)} logs differ from the host's, e.g. log({wrong[0].hex()})")
    print(f"{len(arguments)} logs agree with the host's", file=sys.stderr)


write(*log_data())
check()
