import numpy as np

np.set_printoptions(legacy="1.13")
print(repr(np.array([1.0, 2.5])), np.array([0.5, -1.0]))
print(repr(np.array(0.1, dtype=np.float32)), np.array(1 / 3))
print(repr(np.array([True, False])))
print(repr(np.float64(0.1)), np.float64(1 / 3), repr(np.float32(1 / 3)))
print(repr(np.arange(2000)))
np.set_printoptions(legacy=False)
print(repr(np.float64(0.1)), repr(np.array([1.0, 2.5])))
