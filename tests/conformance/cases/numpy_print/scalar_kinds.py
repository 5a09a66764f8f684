import numpy as np

print(repr(np.int64(5)), repr(np.int32(-7)), repr(np.uint8(255)))
print(repr(np.bool_(True)), np.bool_(False))
print(repr(np.float64(np.nan)), repr(np.float32(-np.inf)), np.float64(np.inf))
print(np.float64(-0.0), np.float32(-0.0))
