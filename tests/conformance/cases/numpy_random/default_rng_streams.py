import numpy as np

for seed in [0, 42, 12345]:
    rng = np.random.default_rng(seed)
    print(rng.random(3))
    print(rng.standard_normal(3))
rng = np.random.default_rng(2)
print(rng.integers(0, 10, size=8))
print(rng.integers(1, 6, size=(2, 3), endpoint=True))
print(rng.integers(-50, 50, size=5, dtype=np.int32))
print(rng.integers(0, 2**40, size=3))
print(rng.normal(3.0, 2.5, size=(2, 2)))
print(rng.uniform(-1, 1, 4))
print(rng.exponential(2.0, 3))
value = rng.integers(10)
print(value, type(value).__name__)
print(type(rng.random()).__name__, type(rng.standard_normal()).__name__)
