import numpy as np
a = np.ones(3, dtype=np.float32)
print((a * np.float64(2.0)).dtype, (a + np.int64(3)).dtype, (np.ones(2, np.int32) + np.int64(7)).dtype)
print((np.ones(2, np.uint8) * np.float64(2)).dtype, (np.ones(2, np.int32) * np.float32(2)).dtype)
