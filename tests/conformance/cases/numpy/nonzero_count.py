import numpy as np
a = np.array([[0, 2, 0], [3, 0, 4]])
print([x.tolist() for x in np.nonzero(a)], [x.tolist() for x in a.nonzero()], np.count_nonzero(a), np.flatnonzero(a).tolist(), np.argwhere(a).tolist())
