import numpy as np
names = ['bool', 'uint8', 'int32', 'int64', 'float32', 'float64']
for a in names:
    print(a, [str(np.promote_types(a, b)) for b in names])
