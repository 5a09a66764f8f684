# LazyBatchNorm1d/2d learn num_features from the first input and become the eager layers.
import warnings

import torch
import torch.nn as nn

warnings.simplefilter("ignore")
torch.manual_seed(4)
lazy = nn.LazyBatchNorm1d()
print(lazy)
print(type(lazy.weight).__name__, type(lazy.running_mean).__name__)
y = lazy(torch.randn(4, 3))
print(lazy, type(lazy).__name__)
print(y)
print(lazy.running_mean, lazy.num_batches_tracked)
image = nn.LazyBatchNorm2d(momentum=0.5, affine=False)
image(torch.randn(2, 5, 2, 2))
print(image, list(image.state_dict().keys()))
print(image.running_var)
