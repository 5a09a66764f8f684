import numpy as np
a = np.array([1.0, 4.0, 9.0])
out = np.zeros(3)
r = np.sqrt(a, out=out)
print(r is out, out.tolist())
np.add(a, 1, out=a)
print(a.tolist())
