import numpy as np

for value in [0.1, 1.0, 1 / 3, -2.5, 1e16, 1e-5, 1.5e300, 9999999999999998.0, 0.0001]:
    print(repr(np.float64(value)), str(np.float64(value)))
for value in [0.1, 1 / 3, 16777217.0, 1e20, 1e-4, 3.4e38]:
    print(repr(np.float32(value)), str(np.float32(value)))
