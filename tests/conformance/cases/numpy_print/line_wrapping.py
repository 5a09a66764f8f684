import numpy as np

a = np.arange(20) / 7
print(a)
print(repr(a))
print(repr(np.arange(40)))
print(np.arange(40))
print(repr(np.arange(36).reshape(2, 18) * 1.5))
