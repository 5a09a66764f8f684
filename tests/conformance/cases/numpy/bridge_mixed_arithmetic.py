import numpy as np
import torch
t = torch.tensor([1.0, 2.0])
a = np.array([1.0, 2.0])
for expression in ['t + a', 't * np.array([1, 2], np.int32)', 't - a', 'a / t', 't ** a', 't @ a', 'torch.tensor(2.) + np.array(1.)', 'np.float64(2.0) * t', 't + np.float32(1)', 'torch.tensor([1, 2]) + np.int64(1)']:
    r = eval(expression)
    print(expression, type(r).__name__, r.dtype, r.tolist())
