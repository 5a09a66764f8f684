import numpy as np

a = np.arange(2000)
print(a)
print(repr(a))
print(repr(np.arange(1001) * 1.0))
print(np.arange(1000))
