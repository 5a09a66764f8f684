import numpy as np

a = np.array([0.1, 0.2, 1 / 3], dtype=np.float32)
print(a)
print(repr(a))
print(repr(np.array([16777217.0, 0.5], dtype=np.float32)))
