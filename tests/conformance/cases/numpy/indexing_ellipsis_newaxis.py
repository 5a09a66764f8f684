import numpy as np

a = np.arange(24).reshape(2, 3, 4)
print(a[..., 1].shape, a[0, ...].shape, a[:, np.newaxis, 1].shape, a[..., np.newaxis].shape, a[1, ..., 2].tolist())
print(a[-1, :, ::-1][0].tolist(), a[:, [0, 2], 1].tolist(), a[a % 5 == 0].tolist())
try:
    a[..., ...]
except IndexError as e:
    print(e)
