import numpy as np

print(repr(np.array([np.nan, 1.0, -np.inf, np.inf])))
print(np.array([np.nan, np.nan]))
print(np.array([0.5, -np.inf], dtype=np.float32))
print(repr(np.array([1e-8, np.nan])))
with np.printoptions(nanstr="NaN", infstr="Infinity"):
    print(np.array([np.nan, np.inf, 1.0]))
