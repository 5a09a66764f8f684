import numpy as np
print(repr(np.int64(3)), repr(np.int32(-7)), repr(np.uint8(200)), repr(np.bool_(True)), np.bool_(0))
