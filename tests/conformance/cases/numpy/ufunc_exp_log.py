import numpy as np
x = np.linspace(-5, 5, 11)
print(['%.13g' % v for v in np.exp(x).tolist()])
print(['%.13g' % v for v in np.log(np.abs(x) + 0.5).tolist()])
