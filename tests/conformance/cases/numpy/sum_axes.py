import numpy as np
a = np.arange(24).reshape(2, 3, 4)
print(a.sum(), a.sum(axis=0).tolist(), a.sum(axis=-1).tolist(), a.sum(axis=(0, 2)).tolist())
print(a.sum(axis=1, keepdims=True).shape, np.sum(a, axis=(1, 2), keepdims=True).tolist())
