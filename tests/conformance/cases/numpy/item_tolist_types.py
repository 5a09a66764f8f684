import numpy as np
a = np.array([[1.5, 2.0], [3.0, 4.25]], dtype=np.float32)
print(a.tolist(), type(a.tolist()[0][0]).__name__, a[1, 1].item(), np.array([[7]]).item())
print(np.array([True, False]).tolist(), np.arange(3, dtype=np.uint8).tolist())
