import numpy as np

np.random.seed(31)
print(np.random.randint(0, [5, 10, 2**40]))
print(np.random.randint([0, 5], [[10], [2**33]]))
print(np.random.randint([0, 1, 2], [3, 1000, 70], size=(2, 3), dtype=np.int32))
print(np.random.randint(0, [2, 1, 2, 2], dtype=bool))
print(np.random.bytes(6))
rng = np.random.default_rng(31)
print(rng.integers([0, 1, 2], 3, dtype=np.uint8))
print(rng.integers(1, [6, 20], endpoint=True))
print(rng.bytes(6))
