import numpy as np
a = np.zeros((2, 3))
try:
    a[0] = [1, 2]
except ValueError as e:
    print(e)
