import numpy as np
a = np.array([250, 10], dtype=np.uint8)
print((a + 10).tolist(), (a + 10).dtype, (np.array([2**31 - 1], np.int32) + 1).tolist())
