import numpy as np
x = np.array([1.0, np.nan, np.inf, -np.inf])
print(np.isnan(x).tolist(), np.isinf(x).tolist(), np.isfinite(x).tolist())
