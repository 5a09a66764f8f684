import numpy as np

a = np.array([1e-5, 1.0, 123.456])
print(a)
np.set_printoptions(suppress=True)
print(a)
print(np.array([1e-10, 1e8]))
np.set_printoptions(suppress=False)
print(a)
