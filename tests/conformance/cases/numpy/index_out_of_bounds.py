import numpy as np
a = np.arange(6).reshape(2, 3)
for index in [(5,), (1, 3), (0, -4)]:
    try:
        a[index]
    except IndexError as e:
        print(e)
try:
    a[0, 0, 0]
except IndexError as e:
    print(e)
try:
    a[1.0]
except IndexError as e:
    print(e)
