import numpy as np
a = np.array([[0, 1, 0], [0, 0, 0]])
print(a.any(), a.all(), a.any(axis=1).tolist(), np.all(a == 0, axis=0).tolist(), np.count_nonzero(a), np.count_nonzero(a, axis=0).tolist())
