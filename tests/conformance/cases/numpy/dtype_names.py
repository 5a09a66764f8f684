import numpy as np
for spec in ['float64', 'f4', 'i8', 'int32', '?', 'uint8', float, int, bool, np.float32, 'double', 'l']:
    d = np.dtype(spec)
    print(repr(d), d.name, d.kind, d.itemsize, d.char, d.str)
