import numpy as np
print(repr(np.sum(np.array([-0.0]))), np.array([[-0.0, -0.0]]).sum(axis=1).tolist(), repr(np.prod(np.array([-0.0]))))
