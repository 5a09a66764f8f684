import numpy as np

print(np.array2string(np.array([0, 1, 255]), formatter={"int": hex}))
print(np.array2string(np.array([0.0, 1.0, 2.5]), formatter={"float_kind": "{:.2f}".format}))
np.set_printoptions(formatter={"float": lambda x: "%.1f" % x})
print(np.array([1.25, 2.0]))
np.set_printoptions()
print(np.array([1.25, 2.0]))
