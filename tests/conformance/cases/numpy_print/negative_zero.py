import numpy as np

print(repr(np.array([-0.0, 1.0])))
print(np.array([0.0, -0.0], dtype=np.float32))
print(repr(np.float64(-0.0)), np.array(-0.0))
