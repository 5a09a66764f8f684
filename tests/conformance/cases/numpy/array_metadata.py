import numpy as np
a = np.zeros((3, 4), dtype=np.float32)
print(a.shape, a.ndim, a.size, a.itemsize, a.nbytes, a.strides, len(a), a.T.strides)
print(np.shape([[1, 2, 3]]), np.ndim(5), np.size(np.ones((2, 5))), np.arange(10, dtype=np.int32).nbytes)
