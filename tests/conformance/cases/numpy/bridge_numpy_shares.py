import numpy as np
import torch
t = torch.zeros(2, 2)
a = t.numpy()
a[0, 1] = 3
t[1, 0] = 4
print(a.tolist(), t.tolist(), a.dtype)
