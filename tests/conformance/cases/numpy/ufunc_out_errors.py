import numpy as np

try:
    np.add(np.ones((2, 3)), 1, out=np.zeros(3))
except ValueError as e:
    print(e)
try:
    np.multiply(np.ones(3), 2.5, out=np.zeros(3, dtype=np.int32))
except TypeError as e:
    print(e)
