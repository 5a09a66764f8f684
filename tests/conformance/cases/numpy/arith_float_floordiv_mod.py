import numpy as np
x = np.array([5.5, -5.5, 7.0, -0.0, 1e-3])
y = np.array([2.0, 2.0, -3.0, 2.0, -0.7])
print((x // y).tolist(), (x % y).tolist())
print(np.remainder(x, y).tolist(), np.floor_divide(x, y).tolist())
