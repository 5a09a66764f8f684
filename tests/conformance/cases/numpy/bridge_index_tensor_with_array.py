import numpy as np
import torch
t = torch.arange(10)
print(t[np.array([1, 3])].tolist(), t[np.arange(10) > 6].tolist(), t[np.int64(2)].item())
t[np.array([0, 1])] = torch.tensor([-1, -2])
print(t.tolist())
