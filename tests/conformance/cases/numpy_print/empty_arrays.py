import numpy as np

print(repr(np.array([])))
print(repr(np.array([], dtype=np.int64)))
print(repr(np.array([], dtype=np.float32)))
print(repr(np.zeros((0, 3))))
print(repr(np.zeros((2, 0), dtype=np.int32)))
print(np.array([]), np.zeros((0, 3)))
