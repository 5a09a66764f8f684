import numpy as np

a = np.array([True, False, True])
print(a)
print(repr(a))
print(repr(np.array([[True, False], [False, True]])))
print(repr(np.array(True)), np.array(False))
