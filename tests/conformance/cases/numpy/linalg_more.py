import numpy as np

a = np.array([[2, 1], [1, 3]])
print(np.linalg.det(a).round(9), np.linalg.inv(a).dtype, np.linalg.solve(a, [1, 2]).round(9).tolist())
print(np.linalg.norm(np.arange(6.0).reshape(2, 3), axis=0).tolist(), np.linalg.norm([3, 4]))
try:
    np.linalg.det(np.ones(3))
except np.linalg.LinAlgError as e:
    print(e)
