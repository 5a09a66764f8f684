import numpy as np
print(repr(np.float32(0.1)), str(np.float32(1 / 3)), repr(np.float32(2.0)), np.float32(0.1) + np.float32(0.2))
