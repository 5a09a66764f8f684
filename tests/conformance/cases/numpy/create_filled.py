import numpy as np
print(np.zeros(3).tolist(), np.zeros((2, 2), dtype=int).tolist(), np.ones(2, np.int32).dtype)
print(np.full((2, 3), 7).dtype, np.full((2,), 2.5).tolist(), np.full(3, 1, dtype=np.float32).dtype)
print(np.empty((2, 3)).shape, np.eye(3).tolist(), np.eye(2, 3, k=1).tolist(), np.identity(2, dtype=int).tolist())
