import numpy as np
a = np.array([7, -7, 5, 0])
b = np.array([2, 2, -3, 3])
print((a // b).tolist(), (a % b).tolist(), (a ** 2).tolist(), (-a).tolist(), abs(a).tolist())
print((a & 6).tolist(), (a | 1).tolist(), (a ^ 3).tolist(), (~a).tolist())
