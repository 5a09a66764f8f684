import numpy as np
x = np.array([1.0, 2.0, 10.0, 0.3])
print([v.hex() for v in (x / 3).tolist()], [v.hex() for v in (x * 0.1).tolist()])
