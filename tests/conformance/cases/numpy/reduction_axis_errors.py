import numpy as np
try:
    np.arange(3).sum(axis=1)
except np.AxisError as e:
    print(type(e).__name__, e)
try:
    np.ones((2, 2)).mean(axis=(0, 0))
except ValueError as e:
    print(e)
