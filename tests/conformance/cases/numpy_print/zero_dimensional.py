import numpy as np

print(repr(np.array(1.5)), np.array(1.5))
print(repr(np.array(1.0)), np.array(1.0))
print(repr(np.array(0.1, dtype=np.float32)), np.array(0.1, dtype=np.float32))
print(repr(np.array(5)), repr(np.array(7, dtype=np.uint8)))
print(repr(np.array(1e-7)), repr(np.array(np.nan)))
with np.printoptions(precision=3):
    print(np.array(1 / 3), repr(np.array(1 / 3)))
