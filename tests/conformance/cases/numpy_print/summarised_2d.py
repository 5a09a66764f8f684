import numpy as np

a = np.arange(1600).reshape(40, 40)
print(a)
print(repr(a / 3))
print(repr(np.arange(2000, dtype=np.float32).reshape(1000, 2) / 10))
