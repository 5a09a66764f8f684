import numpy as np
a = np.array([1.5, 2.5])
print(type(a[0]).__name__, type(np.arange(3)[1]).__name__, type(np.array([True])[0]).__name__)
print(isinstance(np.float64(1.0), float), isinstance(np.int64(1), int), isinstance(a[0], np.floating))
print(issubclass(np.int32, np.integer), issubclass(np.uint8, np.unsignedinteger), np.issubdtype(np.float32, np.floating))
