import numpy as np
import torch
try:
    torch.from_numpy([1, 2])
except TypeError as e:
    print(e)
try:
    torch.from_numpy(np.arange(4.0)[::-1])
except ValueError as e:
    print(e)
print(torch.from_numpy(np.arange(6.0).reshape(2, 3).T).stride(), torch.from_numpy(np.array([1, 2], np.int32)).dtype)
