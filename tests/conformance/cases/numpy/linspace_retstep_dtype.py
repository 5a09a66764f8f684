import numpy as np
values, step = np.linspace(0, 1, 11, retstep=True)
print(step, values.dtype, np.linspace(0, 10, 5, dtype=int).tolist(), np.linspace(0, 1, 3, dtype=np.float32).dtype)
