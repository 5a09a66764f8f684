import numpy as np
a = np.array([[1.0, 2.0], [3.0, 4.0]])
b = np.array([1.0, -1.0])
print(np.dot(a, b).tolist(), (a @ a).tolist(), a.dot(b).tolist(), np.matmul(a, a).tolist(), np.dot(b, b), np.dot(2, a).tolist())
print((np.ones((2, 3, 4)) @ np.ones((4, 5))).shape, (np.arange(3) @ np.arange(3)), type(np.dot(b, b)).__name__)
