import numpy as np
import torch
a = np.array([1.0, 2.0])
t = torch.tensor(a)
s = torch.as_tensor(a)
a[0] = 9
print(t.tolist(), s.tolist(), t.dtype, torch.tensor(np.array([1, 2], np.int32)).dtype, torch.as_tensor(a, dtype=torch.float32).dtype)
print(torch.tensor(np.float64(1.5)).dtype, torch.tensor([np.float32(1.5), 2]).dtype, torch.tensor(np.int64(3)).dtype)
