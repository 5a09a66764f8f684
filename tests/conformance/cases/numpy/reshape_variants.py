import numpy as np
a = np.arange(12)
print(a.reshape(3, 4).shape, a.reshape((2, -1)).shape, a.reshape(2, 2, -1).shape, np.reshape(a, (4, 3)).tolist()[1])
try:
    a.reshape(5, -1)
except ValueError as e:
    print(e)
try:
    a.reshape(5, 5)
except ValueError as e:
    print(e)
