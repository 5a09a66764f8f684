import numpy as np
x = np.linspace(-3, 3, 9)
print(['%.13g' % v for v in np.sin(x).tolist()])
print(['%.13g' % v for v in np.cos(x).tolist()])
print(['%.13g' % v for v in np.tanh(x).tolist()])
