import numpy as np
for name in ['bool', 'uint8', 'int32', 'int64', 'float32', 'float64']:
    a = np.ones(2, dtype=name)
    print(name, (a + 1).dtype, (a * 2.5).dtype, (a - True).dtype if name != 'bool' else '-', (a / 2).dtype)
