import numpy as np

for seed in [0, 1, 42, 2**32 - 1]:
    np.random.seed(seed)
    print(np.random.randn(3))
np.random.seed(0)
print(np.random.randn(2, 3))
print(np.random.randn())
print(np.random.standard_normal((2, 2)))
print(np.random.normal(10, 2, size=4))
print(np.random.normal([0, 10, 100], 1))
