import numpy as np
a = np.array([True, False, True])
b = np.array([True, True, False])
print((a & b).tolist(), (a | b).tolist(), (a ^ b).tolist(), (~a).tolist())
print(np.logical_and(a, b).tolist(), np.logical_or([0, 1, 2], 0).tolist(), np.logical_not([0, 3]).tolist())
