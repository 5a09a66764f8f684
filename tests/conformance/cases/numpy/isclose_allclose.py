import numpy as np
a = np.array([1.0, 1.00001, np.nan, np.inf])
b = np.array([1.0, 1.0, np.nan, np.inf])
print(np.isclose(a, b).tolist(), np.isclose(a, b, equal_nan=True).tolist(), np.allclose(a[:2], b[:2]), np.allclose([1, 2], [1, 2.1]))
print(np.array_equal([1, 2], [1, 2]), np.array_equal(np.ones(2), np.ones(3)), type(np.allclose(1, 1)).__name__)
