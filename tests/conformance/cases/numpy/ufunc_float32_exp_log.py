import numpy as np
x = np.linspace(-4, 4, 9).astype(np.float32)
print(np.exp(x).dtype, ['%.5g' % v for v in np.exp(x).tolist()])
print(['%.5g' % v for v in np.log(x + 5).tolist()])
