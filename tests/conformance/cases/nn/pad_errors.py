# F.pad's checks: pad lengths, modes, sizes, dtypes, and the dims each mode accepts.
import torch
import torch.nn.functional as F

x = torch.randn(2, 3, 4)
calls = [
    lambda: F.pad(x, (2,)),
    lambda: F.pad(x, (1, 1) * 4),
    lambda: F.pad(x, (1, 1), mode="bogus"),
    lambda: F.pad(x, (4, 0), mode="reflect"),
    lambda: F.pad(x, (0, 4), mode="reflect"),
    lambda: F.pad(x, (0, 0, 3, 1), mode="reflect"),
    lambda: F.pad(x, (4, 0, 0, 0), mode="reflect"),
    lambda: F.pad(x.unsqueeze(0), (1, 1, 1, 1, 3, 3), mode="reflect"),
    lambda: F.pad(x, (1, 1, 1, 1, 1, 1), mode="reflect"),
    lambda: F.pad(x[0, 0], (1, 1), mode="replicate"),
    lambda: F.pad(torch.randn(2, 3, 4, 5), (2, 2), mode="replicate"),
    lambda: F.pad(x, (-3, -2), mode="replicate"),
    lambda: F.pad(x, (2, 2), mode="reflect", value=1.0),
    lambda: F.pad(x.long(), (2, 2), mode="reflect"),
    lambda: F.pad(x.long(), (2, 2), mode="replicate"),
    lambda: F.pad(x.int(), (1, 1, 1, 1), mode="replicate"),
    lambda: F.pad(x.int(), (1, 1, 1, 1), mode="reflect"),
    lambda: F.pad(x, (5, 5), mode="circular"),
    lambda: F.pad(x[0], (2, 2), mode="circular"),
    lambda: F.pad(x, (-3, -2)),
    lambda: F.pad(torch.randn(2, 3, 0), (2, 2), mode="replicate"),
]
for call in calls:
    try:
        print(call().shape)
    except Exception as e:
        print(type(e).__name__, e)
