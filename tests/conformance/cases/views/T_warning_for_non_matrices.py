import torch

import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(torch.zeros(2, 3, 4).T.shape)
    print(torch.zeros(2, 3).T.shape)
print(len(caught), caught[0].category.__name__)
