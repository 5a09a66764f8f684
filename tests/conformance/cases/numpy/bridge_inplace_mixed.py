import numpy as np
import torch
t = torch.tensor([1.0, 2.0])
t += np.array([1.0, 2.0])
print(t.dtype, t.tolist())
