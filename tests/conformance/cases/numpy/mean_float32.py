import numpy as np
x = np.arange(1, 101, dtype=np.float32) / np.float32(7)
print(x.mean().dtype, x.mean(), x.reshape(10, 10).mean(axis=1).tolist()[:3], x.std())
