import numpy as np
a = np.array([1, 5, 3])
print((a > 2).tolist(), (a == 3).tolist(), (a != np.array([1, 0, 3])).tolist(), (2 <= a).tolist(), (a > 2).dtype)
print(np.equal(a, 5).tolist(), np.less(a, [2, 2, 2]).tolist(), np.greater_equal(a, 3).tolist())
