import numpy as np
print([x.hex() for x in np.linspace(-3.3, 7.1, 11).tolist()])
print([x.hex() for x in np.linspace(0, 2 * np.pi, 9).tolist()])
