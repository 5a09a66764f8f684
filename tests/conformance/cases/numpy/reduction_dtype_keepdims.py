import numpy as np

a = np.arange(12, dtype=np.int32).reshape(3, 4)
print(a.sum(dtype=np.float32).dtype, a.mean(axis=1, keepdims=True).tolist(), a.var(axis=0, keepdims=True).shape)
print(a.max(axis=(0, 1)), a.min(keepdims=True).tolist(), a.std(axis=1, ddof=1).tolist())
print(np.cumsum(a, axis=0).tolist(), np.cumprod(np.array([1, 2, 3], np.int32)).dtype)
