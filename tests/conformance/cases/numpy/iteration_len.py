import numpy as np
a = np.arange(6).reshape(3, 2)
for row in a:
    print(row.tolist(), end=' ')
print([type(x).__name__ for x in np.array([1.5, 2.5])])
try:
    len(np.array(5))
except TypeError as e:
    print(e)
try:
    iter(np.array(5))
except TypeError as e:
    print(e)
