import numpy as np

a = np.arange(10)
with np.printoptions(threshold=5):
    print(a)
with np.printoptions(threshold=5, edgeitems=1):
    print(repr(a))
with np.printoptions(threshold=20, edgeitems=2):
    print(np.arange(112).reshape(7, 2, 8))
print(np.get_printoptions()["threshold"], np.get_printoptions()["edgeitems"])
