import numpy as np

a = np.array([[1, 2], [3, 4]])
print(np.array2string(a))
print(np.array2string(a, separator=", "))
print(np.array2string(a, prefix="matrix("))
print(np.array2string(np.array([1 / 3] * 3), precision=2, sign="+"))
print(np.array2string(np.arange(10), threshold=4, edgeitems=1))
print(np.array2string(np.array([1e-9, 1.0]), suppress_small=True))
