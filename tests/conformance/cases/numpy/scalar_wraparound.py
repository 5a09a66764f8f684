import numpy as np
print(np.uint8(255) + np.uint8(1), np.int32(2147483647) + np.int32(1))
