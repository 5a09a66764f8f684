import numpy as np
a = np.array([3, 1, 2, 1, 5])
print(np.sort(a).tolist(), np.argsort(a).tolist(), np.sort(np.array([[3, 1], [0, 2]]), axis=0).tolist(), np.sort(np.array([2.0, np.nan, 1.0])).tolist())
b = a.copy()
b.sort()
print(b.tolist(), np.sort(np.array([[3, 1], [0, 2]]), axis=None).tolist(), np.argsort(np.array([[3, 1], [0, 2]])).tolist())
