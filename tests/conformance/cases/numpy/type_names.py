import numpy as np

a = np.arange(3)
print(type(a), type(a[0]), type(np.float32(1)), type(np.bool_(True)), np.ndarray, np.dtype)
print(isinstance(a, np.ndarray), type(a).__qualname__, type(np.float64(1)).__name__)
