import numpy as np
a = np.array([[1.0, 2.0, 4.0], [3.0, 5.0, 8.5]])
print(a.mean(), a.mean(axis=0).tolist(), a.var(), a.std(axis=1).tolist(), a.var(ddof=1), np.std(a, ddof=1))
print(np.mean(np.array([1, 2, 4], np.int32)), np.mean([1, 2]), np.var(np.array([1, 2, 3, 4])))
