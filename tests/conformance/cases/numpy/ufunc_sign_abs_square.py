import numpy as np
x = np.array([-3.0, -0.0, 0.0, 2.0, np.nan])
print(np.sign(x).tolist(), np.abs(x).tolist(), np.square(x).tolist(), np.absolute(np.array([-3, 4])).tolist())
