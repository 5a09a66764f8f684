import numpy as np
x = np.array([0.25, 0.5, 2.0, 3.7, 10.0])
for f in [np.sqrt, np.log2, np.log10, np.log1p, np.expm1, np.exp2, np.arctan, np.tan]:
    print(f.__name__, ['%.13g' % v for v in f(x).tolist()])
