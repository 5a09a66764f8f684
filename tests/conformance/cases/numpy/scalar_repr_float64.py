import numpy as np
print(repr(np.float64(0.1)), repr(np.float64(1.0)), repr(np.float64(1e20)), str(np.float64(2.5)))
print(np.array([0.1, 0.2]).sum(), repr(np.array([1.0, 2.0]).mean()))
