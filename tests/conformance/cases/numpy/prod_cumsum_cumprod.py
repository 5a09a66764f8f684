import numpy as np
a = np.array([[1, 2, 3], [4, 5, 6]])
print(a.prod(), a.prod(axis=0).tolist(), np.cumsum(a).tolist(), a.cumsum(axis=1).tolist(), np.cumprod([1.5, 2.0, 3.0]).tolist())
print(np.cumsum(np.array([True, True])).dtype, np.prod(np.array([], dtype=float)), np.arange(1, 6).prod())
