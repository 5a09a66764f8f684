import numpy as np
print(np.arange(5).tolist(), np.arange(2, 10, 3).tolist(), np.arange(5, 0, -2).tolist(), np.arange(0).tolist())
print(np.arange(0, 1, 0.1).tolist())
print(np.arange(-1, 1, 0.25).tolist(), np.arange(1.5, 4).tolist())
