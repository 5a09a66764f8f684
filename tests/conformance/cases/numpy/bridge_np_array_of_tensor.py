import numpy as np
import torch
t = torch.tensor([1.0, 2.0])
a = np.array(t)
b = np.asarray(t)
t[0] = 7
print(a.tolist(), b.tolist(), a.dtype, np.array(torch.tensor([1, 2])).dtype)
try:
    np.array(torch.ones(2, requires_grad=True))
except RuntimeError as e:
    print(e)
