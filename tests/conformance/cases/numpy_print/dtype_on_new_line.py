import numpy as np

print(repr(np.arange(22, dtype=np.int32)))
print(repr(np.arange(19, dtype=np.int32)))
print(repr(np.arange(30, dtype=np.float32) / 4))
