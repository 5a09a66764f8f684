import numpy as np
a = np.arange(3)
print(a[:, np.newaxis].shape, a[None, :].shape, a[np.newaxis, :, np.newaxis].shape, np.newaxis is None)
