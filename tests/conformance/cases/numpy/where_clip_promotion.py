import numpy as np

i = np.arange(4, dtype=np.int32)
print(np.where(i > 1, i, 0).dtype, np.where(i > 1, i, 0.5).dtype, np.clip(i, 1, 2).dtype, np.clip(i, 0.5, 2).dtype)
print(np.where(i > 1, i, 0).tolist(), np.clip(np.array([-1.5, 0.2, 3.0]), -1, 1).tolist())
