import numpy as np
a = np.arange(5)
a[::-1] = np.arange(5) * 10
print(a.tolist())
