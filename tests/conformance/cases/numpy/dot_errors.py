import numpy as np
try:
    np.dot(np.ones((2, 3)), np.ones((2, 3)))
except ValueError as e:
    print(e)
try:
    np.ones((2, 3)) @ np.ones((2, 3))
except ValueError as e:
    print(e)
