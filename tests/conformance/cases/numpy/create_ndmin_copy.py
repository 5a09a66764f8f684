import numpy as np

a = np.array([1, 2])
print(np.array(a, ndmin=3).shape, np.array(5, ndmin=2).tolist(), np.asarray(a) is a, np.array(a) is a)
print(np.asarray(a, dtype=np.float64) is a, np.array([[1, 2]], dtype=bool).tolist(), np.array([np.array([1, 2]), np.array([3, 4])]).tolist())
