import numpy as np
print(repr(np.exp(1.0)), repr(np.sqrt(2)), type(np.sqrt(4)).__name__, repr(np.maximum(3, 5.0)))
