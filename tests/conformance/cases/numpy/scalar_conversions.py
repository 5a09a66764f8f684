import numpy as np
x = np.float32(2.75)
print(float(x), int(x), bool(x), round(float(x), 1), x.item(), type(x.item()).__name__)
i = np.int64(5)
print(int(i), float(i), [10, 20, 30, 40, 50, 60][i], i.item(), type(i.item()).__name__)
