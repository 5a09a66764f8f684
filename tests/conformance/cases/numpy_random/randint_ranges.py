import numpy as np

np.random.seed(5)
print(np.random.randint(10, size=8))
print(np.random.randint(-5, 5, size=(2, 4)))
print(np.random.randint(0, 2**40, size=3))
print(np.random.randint(0, 100, size=6, dtype=np.uint8))
print(np.random.randint(0, 1000, size=6, dtype=np.int32))
print(np.random.randint(0, 7, size=6, dtype=np.int32))
print(np.random.randint(2, size=6, dtype=bool))
value = np.random.randint(100)
print(value, type(value).__name__)
value = np.random.randint(100, dtype=np.int32)
print(value, type(value).__name__)
