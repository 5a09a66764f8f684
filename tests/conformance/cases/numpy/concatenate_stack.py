import numpy as np
a = np.array([[1, 2], [3, 4]])
b = np.array([[5, 6]])
print(np.concatenate([a, b]).tolist(), np.concatenate([a, b.T], axis=1).tolist(), np.concatenate([a, a], axis=None).tolist())
print(np.stack([a, a]).shape, np.stack([a, a], axis=-1).shape, np.vstack([a, b]).tolist(), np.hstack([np.array([1]), np.array([2, 3])]).tolist())
print(np.concatenate([np.array([1, 2]), np.array([1.5])]).dtype)
