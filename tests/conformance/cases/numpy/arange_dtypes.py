import numpy as np
print(np.arange(5).dtype, np.arange(5.0).dtype, np.arange(0, 5, 0.5).dtype, np.arange(3, dtype=np.float32).dtype)
print([x.hex() for x in np.arange(0, 2, 0.3, dtype=np.float32).tolist()])
