import numpy as np

np.random.seed(0)
print(np.random.rand(4))
print(np.random.rand(2, 2))
print(np.random.random(3))
print(np.random.random_sample((1, 3)))
print(np.random.ranf(2), np.random.sample(2))
print(np.random.uniform(-1, 1, 5))
print(np.random.uniform([0, 10], [1, 20]))
print(np.random.rand())
print(np.random.exponential(2.0, 3))
rs = np.random.RandomState([1, 2, 3])
print(rs.rand(3))
