import numpy as np
a = np.array([1.7, -2.7, 3.5])
print(a.astype(int).tolist(), a.astype(np.int32).dtype, a.astype(bool).tolist(), a.astype(np.float32).dtype)
print(np.array([0, 1, 2]).astype(np.float64).tolist(), np.array([True, False]).astype(np.uint8).tolist())
