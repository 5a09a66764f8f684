import numpy as np
print(np.array([1, 2, 3]).dtype, np.array([1, 2.0]).dtype, np.array([True, False]).dtype, np.array([True, 2]).dtype)
print(np.array([[1, 2], [3, 4]]).shape, np.array(5).shape, np.array([]).dtype, np.array([]).shape)
print(np.array([1, 2], dtype=np.float32).tolist(), np.array([np.float32(1), np.float32(2)]).dtype)
