import numpy as np
a = np.zeros(6)
s = a[1:4]
s[:] = 7
s[0] = 1
a[5] = 9
print(a.tolist(), s.tolist(), s.base is a)
