import numpy as np

a = np.arange(10)
with np.printoptions(linewidth=20):
    print(a)
    print(repr(a))
print(np.array_repr(np.arange(12), max_line_width=30))
print(np.array_str(np.arange(12), max_line_width=20))
