import numpy as np
print(np.outer([1, 2], [3, 4, 5]).tolist(), np.inner(np.array([1, 2, 3]), np.array([4, 5, 6])), np.inner(np.ones((2, 3)), np.ones((4, 3))).shape)
