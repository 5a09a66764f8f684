import numpy as np

print(np.format_float_positional(0.1))
print(np.format_float_positional(1 / 3, precision=4))
print(np.format_float_positional(0.1, precision=20, unique=False))
print(np.format_float_positional(np.float32(0.3), unique=False, precision=10))
for trim in ["k", ".", "0", "-"]:
    print(repr(np.format_float_positional(1.0, trim=trim)))
print(repr(np.format_float_positional(1.5, sign=True, pad_left=5, pad_right=4)))
print(np.format_float_positional(123.456, fractional=False, precision=2))
