import numpy as np
import torch

a = np.arange(12.0).reshape(3, 4)
t = torch.from_numpy(a[1])
t.mul_(10)
print(a.tolist())
u = torch.arange(6.0)
v = u.numpy()[2:4]
v[:] = -1
print(u.tolist())
