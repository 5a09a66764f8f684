import numpy as np
x = np.linspace(0, 1, 300).reshape(100, 3) ** 3
print([v.hex() for v in x.sum(axis=0).tolist()])
print(x.T.sum().hex() if False else x.sum().hex())
