import numpy as np
a = np.arange(10) * 10
print(a[[1, 3, 5]].tolist(), a[np.array([-1, 0])].tolist(), a[np.array([[0, 1], [2, 3]])].tolist())
b = np.arange(12).reshape(3, 4)
print(b[[0, 2]].tolist(), b[[0, 1], [1, 2]].tolist(), b[:, [0, 3]].tolist(), b[1, [3, 0]].tolist())
