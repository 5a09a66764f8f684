import numpy as np
a = np.array([1, 2, 3])
b = np.broadcast_to(a, (2, 3))
print(b.shape, b.tolist())
try:
    np.broadcast_to(a, (2, 4))
except ValueError as e:
    print(e)
