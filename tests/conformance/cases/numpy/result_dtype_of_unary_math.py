import numpy as np
for name in ['int32', 'int64', 'float32', 'float64']:
    a = np.arange(1, 4, dtype=name)
    print(name, np.exp(a).dtype, np.sqrt(a).dtype, np.abs(a).dtype, np.floor(a).dtype, np.square(a).dtype)
