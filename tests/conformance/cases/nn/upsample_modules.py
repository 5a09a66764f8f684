# nn.Upsample and its 2-D forms, and the deprecated functional forms with their warnings.
import warnings

import torch
import torch.nn.functional as F
from torch import nn

x = torch.arange(1., 7.).view(1, 1, 2, 3)
for m in [nn.Upsample(scale_factor=2), nn.Upsample(size=(3, 5), mode="bilinear"), nn.Upsample(scale_factor=(2, 1.5)),
          nn.Upsample(size=4, mode="nearest-exact"), nn.UpsamplingNearest2d(scale_factor=2),
          nn.UpsamplingBilinear2d(size=(3, 4)), nn.Upsample(scale_factor=1.5, mode="bilinear", align_corners=True)]:
    print(m, m.align_corners, m.recompute_scale_factor)
    print(m(x))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(F.upsample(x, scale_factor=2))
    print(F.upsample_nearest(x, size=(3, 4)))
    print(F.upsample_bilinear(x, scale_factor=2))
for w in caught:
    print(w.category.__name__, w.message)
