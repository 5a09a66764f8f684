import numpy as np
a = np.arange(24).reshape(4, 6)
print(a[1, 2], a[-1, -1], a[1].tolist(), a[:, 1].tolist(), a[1:3, ::2].tolist(), a[..., 0].tolist())
print(a[::-1, 0].tolist(), a[2, ::-2].tolist(), a[()].shape, type(a[0, 0]).__name__)
