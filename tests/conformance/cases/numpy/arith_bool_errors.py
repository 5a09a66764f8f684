import numpy as np
b = np.array([True, False])
try:
    b - b
except TypeError as e:
    print(e)
try:
    -b
except TypeError as e:
    print(e)
print((b + b).tolist(), (b * b).tolist(), (b + 1).tolist())
