import numpy as np
print(np.dtype('float64') == np.float64, np.dtype('float64') == 'float64', np.dtype('int32') == np.int64)
print(np.dtype('float64') == None, np.dtype(None))
print(np.dtype('float32').type is np.float32)
