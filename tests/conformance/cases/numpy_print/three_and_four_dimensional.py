import numpy as np

a = np.arange(12).reshape(2, 3, 2)
print(a)
print(repr(a))
b = np.arange(16).reshape(2, 2, 2, 2)
print(b)
print(repr(b))
print(repr(np.ones((1, 1, 1))))
