import numpy as np

print(np.format_float_scientific(0.1))
print(np.format_float_scientific(1e5))
print(np.format_float_scientific(1.23456e100, precision=2))
print(np.format_float_scientific(1e5, exp_digits=4))
print(np.format_float_scientific(np.float32(0.1)))
print(np.format_float_scientific(2.0, precision=3, unique=False, trim="."))
print(np.format_float_scientific(-0.0, precision=3, unique=False))
