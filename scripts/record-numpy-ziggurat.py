"""Writes web/python/numpy/random/_ziggurat_tables.py: the ziggurat tables of NumPy's Generator
(normal: ki, wi, fi; exponential: ke, we, fe), read from the static library that Debian's NumPy
ships, so that our Generator draws NumPy's exact normal and exponential streams.

Run once with the reference interpreter:  /usr/bin/python3 scripts/record-numpy-ziggurat.py"""
import os
import struct
import subprocess
import sys
import tempfile

import numpy

LIBRARY = os.path.join(os.path.dirname(numpy.__file__), "random", "lib", "libnpyrandom.a")
OBJECT = "distributions.o"
TABLES = {"ki_double": "Q", "wi_double": "d", "fi_double": "d",
          "ke_double": "Q", "we_double": "d", "fe_double": "d"}
TARGET = os.path.join(os.path.dirname(__file__), "..", "web", "python", "numpy", "random", "_ziggurat_tables.py")


def rodata_and_symbols(folder):
    subprocess.run(["ar", "x", LIBRARY, OBJECT], cwd=folder, check=True)
    path = os.path.join(folder, OBJECT)
    section = os.path.join(folder, "rodata.bin")
    subprocess.run(["objcopy", "-O", "binary", "--only-section=.rodata", path, section], check=True)
    with open(section, "rb") as data:
        rodata = data.read()
    symbols = {}
    for line in subprocess.run(["nm", path], check=True, capture_output=True, text=True).stdout.splitlines():
        fields = line.split()  # undefined symbols have no address
        if len(fields) == 3 and fields[1] == "r" and fields[2] in TABLES:
            symbols[fields[2]] = int(fields[0], 16)
    return rodata, symbols


def main():
    with tempfile.TemporaryDirectory() as folder:
        rodata, symbols = rodata_and_symbols(folder)
    lines = [f'"""The ziggurat tables of NumPy {numpy.__version__}\'s Generator, as data.',
             "Written by scripts/record-numpy-ziggurat.py; do not edit.\"\"\"", ""]
    for name, code in TABLES.items():
        values = struct.unpack_from("<256" + code, rodata, symbols[name])
        shown = [str(value) if code == "Q" else repr(value) for value in values]
        lines.append(f"{name.split('_')[0].upper()} = (")
        lines += [f"    {', '.join(shown[i:i + 4])}," for i in range(0, 256, 4)]
        lines.append(")")
    with open(TARGET, "w") as out:
        out.write("\n".join(lines) + "\n")
    print(f"wrote {os.path.normpath(TARGET)}", file=sys.stderr)


main()
