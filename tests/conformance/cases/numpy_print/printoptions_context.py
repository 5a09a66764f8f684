import numpy as np

with np.printoptions(precision=2, suppress=True) as options:
    print(options["precision"], options["suppress"])
    print(np.array([1 / 3, 1e-6]))
print(np.array([1 / 3, 1e-6]))
print(sorted(np.get_printoptions().items(), key=str))
