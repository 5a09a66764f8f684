import numpy as np

x = np.float64(1.5)
for r in [x + 1, 1 + x, x * np.float32(2), x / 0.5, -x, abs(np.float64(-2.0)), x ** 2, np.int32(7) % 3, np.uint8(3) * 2]:
    print(type(r).__name__, r)
