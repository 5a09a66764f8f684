import numpy as np
a = np.arange(24).reshape(2, 3, 4)
print(a.T.shape, a.transpose(1, 0, 2).shape, np.transpose(a, (2, 0, 1)).shape, a.swapaxes(0, 2).shape)
print(np.arange(6).reshape(2, 3).T.tolist())
t = a.T
t[0, 0, 0] = -1
print(a[0, 0, 0])
