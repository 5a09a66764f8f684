import numpy as np
print(repr(np.add), repr(np.exp), np.add.nin, np.exp.nin, np.add.__name__)
