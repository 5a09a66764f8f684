import numpy as np

print(repr(np.array([1, 10, 100])))
print(np.array([-5, 3, 1000]))
print(repr(np.array([1, 2], dtype=np.int32)))
print(repr(np.array([0, 255], dtype=np.uint8)))
print(repr(np.array([2**62, -1])))
print(repr(np.arange(12).reshape(3, 4)))
