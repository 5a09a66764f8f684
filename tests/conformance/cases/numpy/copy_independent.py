import numpy as np
a = np.arange(3)
b = a.copy()
c = np.copy(a)
b[0] = 9
c[1] = 8
print(a.tolist(), b.tolist(), c.tolist())
