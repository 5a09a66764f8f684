import numpy as np
x = (np.arange(1, 2001, dtype=np.float32) * np.float32(0.37)).astype(np.float32)
print(x.sum().item(), x.reshape(40, 50).sum(axis=1).tolist()[:5], x.reshape(40, 50).sum(axis=0).tolist()[:5])
