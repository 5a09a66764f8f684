import numpy as np
a = np.array([1.0, 2.0, 4.0])
print((1 - a).tolist(), (2 / a).tolist(), (3 ** np.array([1, 2])).tolist(), (10 // np.array([3, 4])).tolist())
