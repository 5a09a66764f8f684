import numpy as np
x = np.arange(1, 1001) * 0.1
print(x.sum().hex(), (x[:7]).sum().hex(), (x[:129]).sum().hex(), (x[:300]).sum().hex())
y = np.linspace(0, 1, 777) ** 2
print(y.sum().hex(), y.reshape(7, 111).sum(axis=1).tolist())
