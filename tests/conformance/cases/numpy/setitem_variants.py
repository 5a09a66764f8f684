import numpy as np
a = np.zeros((3, 4), dtype=int)
a[0] = 5
a[1, 1:3] = [7, 8]
a[:, -1] = np.array([1, 2, 3])
a[a == 0] = -1
a[[2, 2], [0, 1]] = 9
a[2, 2] = 3.9
print(a.tolist())
