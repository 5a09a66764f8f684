import numpy as np
a = np.arange(5)
b = a[[0, 1]]
b[0] = 100
print(a.tolist(), b.tolist())
try:
    a[[0, 7]]
except IndexError as e:
    print(e)
