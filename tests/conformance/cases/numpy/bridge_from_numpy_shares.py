import numpy as np
import torch
a = np.zeros(3)
t = torch.from_numpy(a)
t[0] = 5
t.add_(1)
a[2] = 10
print(a.tolist(), t.tolist(), t.dtype)
