import numpy as np
print(np.add.reduce(np.array([1, 2, 3])), np.multiply.reduce(np.array([1.0, 2.0, 3.0])), np.maximum.reduce(np.array([[1, 5], [7, 2]]), axis=0).tolist())
print(np.add.outer(np.array([1, 2]), np.array([10, 20, 30])).tolist(), np.add.accumulate(np.array([1, 2, 3])).tolist())
