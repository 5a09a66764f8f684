import numpy as np

a = np.array([1.5, 2.25, 3.0, 1 / 3])
for mode in ["fixed", "unique", "maxprec", "maxprec_equal"]:
    with np.printoptions(floatmode=mode, precision=4):
        print(mode, a)
with np.printoptions(floatmode="fixed", precision=2):
    print(np.array([1e-5, 1.0]))
