import numpy as np
a = np.arange(3)
try:
    a += 1.5
except TypeError as e:
    print(type(e).__name__, e)
