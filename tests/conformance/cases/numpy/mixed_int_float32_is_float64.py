import numpy as np
print((np.ones(2, np.int32) + np.ones(2, np.float32)).dtype, (np.ones(2, np.uint8) + np.ones(2, np.float32)).dtype)
print((np.ones(2, np.int64) + np.ones(2, np.float32)).dtype, (np.ones(2, np.uint8) + np.ones(2, np.int32)).dtype)
