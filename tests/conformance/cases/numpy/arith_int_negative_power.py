import numpy as np
try:
    np.array([2, 3]) ** -1
except ValueError as e:
    print(e)
print((np.array([2.0, 3.0]) ** -1).tolist())
