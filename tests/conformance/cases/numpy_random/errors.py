import numpy as np

def attempt(call):
    try:
        call()
    except Exception as error:
        print(type(error).__name__ + ":", error)

attempt(lambda: np.random.seed(-1))
attempt(lambda: np.random.seed(2**32))
attempt(lambda: np.random.seed([]))
attempt(lambda: np.random.randint(5, 5))
attempt(lambda: np.random.randint(0))
attempt(lambda: np.random.randint(0, 300, dtype=np.uint8))
attempt(lambda: np.random.rand(-1))
attempt(lambda: np.random.choice([]))
attempt(lambda: np.random.choice(5, 6, replace=False))
attempt(lambda: np.random.choice(3, p=[0.5, 0.6, 0.1]))
attempt(lambda: np.random.choice([[1, 2]]))
attempt(lambda: np.random.normal(0, -1))
attempt(lambda: np.random.uniform(0, np.inf))
attempt(lambda: np.random.permutation(2.5))
attempt(lambda: np.random.default_rng(-1))
attempt(lambda: np.random.default_rng(0).integers(3, 2))
attempt(lambda: np.random.default_rng(0).choice(0))
