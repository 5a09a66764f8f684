import numpy as np

x = np.linspace(0, 1, 5)
print(x)
print(repr(x * x))
print(np.arange(6).reshape(2, 3) / 4)
print(repr(np.arange(5, dtype=np.float32) * 0.1))
