import numpy as np
import torch

t = torch.tensor([1.0, 2.0])
for r in [np.add(np.array([1.0, 2.0]), t), np.maximum(t, 1.5), np.greater(t, 1.5), np.sqrt(torch.tensor([4, 9]))]:
    print(type(r).__name__, r.dtype, r.tolist())
print(type(np.exp(t)).__name__, np.exp(t).dtype, ["%.5g" % v for v in np.exp(t).tolist()])
try:
    np.exp(torch.ones(2, requires_grad=True))
except RuntimeError as e:
    print(e)
