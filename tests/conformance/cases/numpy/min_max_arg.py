import numpy as np
a = np.array([[3, 9, 1], [7, 2, 8]])
print(a.max(), a.min(axis=0).tolist(), np.max(a, axis=1).tolist(), a.argmax(), a.argmin(axis=1).tolist(), np.argmax(a, axis=0).tolist())
print(np.amax(a), np.amin(a), np.max(np.array([1.0, np.nan, 3.0])), np.argmax(np.array([1, 5, 5])))
