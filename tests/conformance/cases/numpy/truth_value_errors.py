import numpy as np
try:
    bool(np.array([1, 2]))
except ValueError as e:
    print(e)
print(bool(np.array([0])), bool(np.array([[3]])))
try:
    float(np.array([1.0, 2.0]))
except TypeError as e:
    print(e)
print(float(np.array([2.5])), int(np.array([[7]])))
