import numpy as np
try:
    np.dtype('foo')
except TypeError as e:
    print(e)
