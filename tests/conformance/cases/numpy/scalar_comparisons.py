import numpy as np
print(np.float32(0.1) == 0.1, np.int64(3) == 3.0, np.float64(0.5) < 1, type(np.int64(3) == 3).__name__)
