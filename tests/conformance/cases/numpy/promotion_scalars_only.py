import numpy as np
print(type(np.float32(0.5) * 2).__name__, type(np.float32(0.5) * np.float32(2)).__name__)
print(type(np.int32(3) + 1).__name__, type(np.int64(3) / 2).__name__, type(np.int32(7) // 2).__name__)
print(np.float32(0.5) * 2, np.int64(3) / 2, np.int32(7) // 2)
