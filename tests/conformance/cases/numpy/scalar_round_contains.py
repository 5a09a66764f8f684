import numpy as np

print(round(np.float64(2.5)), round(np.float32(3.5)), type(round(np.float32(3.5))).__name__)
print(round(np.float64(2.675), 2), type(round(np.float32(1.25), 1)).__name__, round(np.int64(7)))
a = np.arange(6).reshape(2, 3)
print(4 in a, 9 in a, 2.0 in a)
