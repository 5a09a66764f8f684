import numpy as np
a = np.array([1.5, 2.0, 3.0])
print(['%.13g' % v for v in np.power(a, 2.5).tolist()], np.power(np.array([2, 3]), 3).tolist(), np.power(2, np.array([0.5])).tolist())
