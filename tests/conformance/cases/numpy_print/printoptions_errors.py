import numpy as np

for options in [{"sign": "x"}, {"floatmode": "exact"}, {"precision": 1.5}, {"threshold": "5"},
                {"threshold": float("nan")}]:
    try:
        np.set_printoptions(**options)
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
print(np.get_printoptions()["precision"])
