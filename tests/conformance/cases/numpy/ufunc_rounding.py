import numpy as np
x = np.array([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 2.7])
print(np.round(x).tolist(), np.floor(x).tolist(), np.ceil(x).tolist(), np.trunc(x).tolist(), np.rint(x).tolist())
print(np.round(np.array([1.2345, 2.5678]), 2).tolist(), np.around(np.array([123.4, 1555.0]), -1).tolist())
