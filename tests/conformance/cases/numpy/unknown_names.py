import numpy as np
try:
    np.foo
except AttributeError as e:
    print(e)
try:
    np.linalg.foo
except AttributeError as e:
    print(e)
try:
    np.arange(3).foo
except AttributeError as e:
    print(e)
