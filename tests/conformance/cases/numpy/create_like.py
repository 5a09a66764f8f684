import numpy as np
a = np.arange(6, dtype=np.int32).reshape(2, 3)
print(np.zeros_like(a).dtype, np.zeros_like(a).shape, np.ones_like(a, dtype=float).tolist())
print(np.full_like(a, 2.7).tolist(), np.empty_like(a).shape, np.full_like([1.0, 2.0], 3).tolist())
