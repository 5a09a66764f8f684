import numpy as np
x = np.linspace(0, 3, 1001) ** 2
print(x.mean().hex(), x.std().hex(), x.var(ddof=1).hex(), x.reshape(7, 143).mean(axis=1).tolist()[:3])
