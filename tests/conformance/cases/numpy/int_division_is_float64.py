import numpy as np
a = np.array([1, 2, 3], dtype=np.int32)
print((a / 2).dtype, (a / a).dtype, (a // 2).dtype, (a % 2).dtype, (a / 2).tolist())
