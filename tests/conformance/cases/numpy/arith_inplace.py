import numpy as np
a = np.arange(4)
view = a[1:]
a += 10
print(a.tolist(), view.tolist())
f = np.ones(3, np.float32)
f *= 2.5
print(f.dtype, f.tolist())
