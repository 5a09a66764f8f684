import numpy as np
a = np.array([[1, -2, 3], [-4, 5, -6]])
print(a[a > 0].tolist(), a[np.array([True, False])].tolist(), a[:, np.array([True, False, True])].tolist())
try:
    a[np.array([True, False, True])]
except IndexError as e:
    print(e)
