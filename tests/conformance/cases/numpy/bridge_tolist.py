import numpy as np
import torch
t = torch.tensor([[1, 2], [3, 4]])
print(t.numpy().tolist() == t.tolist(), torch.from_numpy(np.array([[1.5]])).tolist())
