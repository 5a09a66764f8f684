import numpy as np
a = np.arange(10)
print(np.clip(a, 2, 7).tolist(), a.clip(3, 5).tolist(), np.clip(a, None, 4).tolist(), np.clip(np.array([0.5, 1.5]), 0, 1).tolist())
