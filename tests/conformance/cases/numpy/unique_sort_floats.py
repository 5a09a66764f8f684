import numpy as np

a = np.array([2.5, -1.0, 2.5, 0.0, -0.0, 7.25])
print(np.unique(a).tolist(), np.sort(a)[::-1].tolist(), np.argsort(-a).tolist(), np.sort(np.array([[2, 1, 3], [9, 8, 7]]), axis=1).tolist())
