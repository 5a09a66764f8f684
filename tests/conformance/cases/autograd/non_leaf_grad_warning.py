import torch

import warnings
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 2
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(y.grad)
    y.retain_grad()
    print(y.grad)
print(len(caught))
print(str(caught[0].message)[:80])
