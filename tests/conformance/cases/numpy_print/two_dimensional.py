import numpy as np

a = np.array([[1.0, 2.0], [3.0, 4.0]])
print(a)
print(repr(a))
print(repr(np.array([[1.0, 200.0], [3.5, 4.0]])))
print(repr(np.array([[1.0, 2.0], [3.0, 4.0]], dtype=np.float32)))
