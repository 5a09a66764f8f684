import numpy as np
a = np.arange(6)
print(np.where(a > 2, a, -1).tolist(), np.where(a % 2 == 0, 1.5, 0).dtype, np.where([True, False], [1, 2], [3, 4]).tolist())
print([x.tolist() for x in np.where(np.array([[0, 1], [1, 0]]))])
