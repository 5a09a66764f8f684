import numpy as np
try:
    np.ones((2, 3)) + np.ones(4)
except ValueError as e:
    print(repr(str(e)))
try:
    np.ones((2, 1, 3)) * np.ones((4, 2))
except ValueError as e:
    print(repr(str(e)))
