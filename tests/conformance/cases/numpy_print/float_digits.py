import numpy as np

a = np.array([1.0, 2.0, 3.0])
print(a)
print(repr(a))
print(repr(np.array([0.1, 0.2, 0.1 + 0.2])))
print(repr(np.array([1 / 3, 2 / 3, 1.5])))
print(np.array([10.5, -2.125, 300.0]))
