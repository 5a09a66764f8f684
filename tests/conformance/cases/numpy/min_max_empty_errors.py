import numpy as np
try:
    np.array([]).max()
except ValueError as e:
    print(e)
try:
    np.argmin(np.array([]))
except ValueError as e:
    print(e)
