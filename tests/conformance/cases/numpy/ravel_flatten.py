import numpy as np
a = np.arange(6).reshape(2, 3)
r = a.ravel()
f = a.flatten()
r[0] = 50
f[1] = 60
print(a.tolist(), a.T.ravel().tolist(), np.ravel(a).tolist())
