import numpy as np
a = np.array([[4.0, 7.0], [2.0, 6.0]])
print(np.allclose(np.linalg.inv(a) @ a, np.eye(2)), np.round(np.linalg.det(a), 6), np.linalg.solve(a, np.array([1.0, 2.0])).round(6).tolist())
print(np.linalg.norm(np.array([3.0, 4.0])), np.linalg.norm(np.array([[1.0, 2.0], [3.0, 4.0]]), axis=1).tolist(), np.linalg.norm(np.ones((2, 2))))
