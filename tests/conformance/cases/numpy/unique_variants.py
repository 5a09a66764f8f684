import numpy as np
a = np.array([3, 1, 2, 3, 1, 3])
u, counts = np.unique(a, return_counts=True)
print(u.tolist(), counts.tolist())
u, index, inverse = np.unique(a, return_index=True, return_inverse=True)
print(index.tolist(), inverse.tolist(), np.unique(np.array([[1, 1], [2, 5]])).tolist(), np.unique(np.array([1.0, np.nan, np.nan])).tolist())
