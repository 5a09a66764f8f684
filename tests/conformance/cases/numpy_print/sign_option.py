import numpy as np

a = np.array([1.0, 2.5, 0.0])
b = np.array([1.0, -2.5])
for sign in ["-", "+", " "]:
    with np.printoptions(sign=sign):
        print(repr(a), repr(b), np.array([3, -4]))
