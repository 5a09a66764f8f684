import numpy as np
print([x.hex() for x in np.arange(0.1, 3.3, 0.7).tolist()])
print([x.hex() for x in np.arange(-3.7, 8.9, 1.1).tolist()])
