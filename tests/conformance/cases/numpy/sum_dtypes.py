import numpy as np
print(np.array([1, 2], np.int32).sum().dtype, np.array([True, True, False]).sum(), np.array([True]).sum().dtype)
print(np.ones(3, np.float32).sum().dtype, np.sum([1.5, 2.5]), np.sum([[1, 2], [3, 4]], axis=0).tolist())
