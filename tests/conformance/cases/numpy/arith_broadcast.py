import numpy as np
a = np.arange(6).reshape(2, 3)
b = np.array([10, 20, 30])
print((a + b).tolist(), (a * b).tolist(), (a - b[:, None][:2] if False else a - 1).tolist())
print((a.reshape(2, 3, 1) * np.array([1, 2])).shape, (b[:, np.newaxis] + b).tolist())
