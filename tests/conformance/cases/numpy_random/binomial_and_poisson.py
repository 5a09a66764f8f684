import numpy as np

np.random.seed(21)
print(np.random.binomial(10, 0.5, size=8))
print(np.random.binomial(1000, 0.3, size=(2, 3)))
print(np.random.binomial([3, 10], [[0.1], [0.9]]))
print(np.random.poisson(3.0, size=8))
print(np.random.poisson(1000.5, size=4))
print(np.random.poisson([1, 20, 300.5]))
value = np.random.binomial(10, 0.5)
print(value, type(value).__name__)
rng = np.random.default_rng(21)
print(rng.binomial(1000, 0.9, size=5))
print(rng.poisson(25.0, size=5))
