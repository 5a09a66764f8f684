import numpy as np

# sqrt is correctly rounded everywhere: NumPy's bits exactly
x = np.linspace(0.1, 50, 13)
print([v.hex() for v in np.sqrt(x).tolist()])
print([v.hex() for v in np.sqrt(x.astype(np.float32)).astype(np.float64).tolist()])
