import numpy as np
print(np.linspace(0, 1, 5).tolist())
print(np.linspace(-1, 1, 7).tolist())
print(np.linspace(0, 10, 4, endpoint=False).tolist(), np.linspace(2, 3, 1).tolist(), np.linspace(0, 1, 0).tolist())
