import hashlib
import io

import torch


def saved(obj):
    buffer = io.BytesIO()
    torch.save(obj, buffer)
    print(len(buffer.getvalue()), hashlib.sha256(buffer.getvalue()).hexdigest())
    buffer.seek(0)
    return torch.load(buffer)


for dtype in (torch.float32, torch.float64, torch.float16, torch.bfloat16, torch.int8, torch.int16, torch.int32,
              torch.int64, torch.uint8, torch.bool):
    x = torch.arange(-3, 3).to(dtype).reshape(2, 3)
    y = saved(x)
    print(y, y.dtype, y.stride())

base = torch.arange(10.0)
a, b, c = saved([base[2:6], base.view(2, 5).t(), base[::4]])
print(a.storage_offset(), b.stride(), c.stride())
a[0] = -1.0
print(b, c)

w = saved(torch.nn.Parameter(torch.ones(2, 2)))
print(type(w).__name__, w.requires_grad, w.is_leaf)
x = saved(torch.tensor([1.0, 2.0], requires_grad=True))
print(x.requires_grad, x.is_leaf)
print(saved({"n": 3, "f": 0.1, "s": "text", "t": (None, True, [2**65, -7]), "x": torch.tensor(1.5)}))
print(saved(torch.zeros(0, 4)).shape)
