import numpy as np

a = np.array([1 / 3, 2 / 3, 2.0])
for precision in [0, 1, 3, 8, 12]:
    with np.printoptions(precision=precision):
        print(a)
print(np.array_repr(a, precision=2))
print(np.array_str(a, precision=4))
