import numpy as np
print(np.pi, np.e, np.inf, -np.inf, np.nan, np.newaxis, np.pi == 3.141592653589793)
