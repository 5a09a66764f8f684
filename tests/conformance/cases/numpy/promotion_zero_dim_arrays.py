import numpy as np
print((np.ones(3, np.float32) + np.array(2.0)).dtype, (np.array(2.0, np.float32) + np.array(1.0)).dtype)
print((np.ones(3, np.int32) + np.array(5)).dtype, (np.array(1, np.int32) + 1).dtype)
