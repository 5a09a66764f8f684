import numpy as np
print(np.array([1, 2, 3]))
print(repr(np.array([1.5, 2.0])))
print(np.arange(6).reshape(2, 3))
print(repr(np.zeros(2, dtype=np.float32)), repr(np.array([True, False])))
