import numpy as np
print(f"{np.float64(3.14159):.2f} {np.float32(2.5):6.3f} {np.int64(42):5d}")
