import numpy as np
a = np.array([1.0, np.nan, 3.0])
b = np.array([2.0, 1.0, np.nan])
print(np.maximum(a, b).tolist(), np.minimum(a, b).tolist(), np.maximum(np.array([1, 5]), 3).tolist())
