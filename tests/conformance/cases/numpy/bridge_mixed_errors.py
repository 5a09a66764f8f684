import numpy as np
import torch
t = torch.tensor([1.0, 2.0])
a = np.array([1.0, 2.0])
print(a == t, t == a, a != t)
for expression in ['a + t', 'a * t', 'a - t', 'a @ t']:
    try:
        eval(expression)
    except TypeError as e:
        print(expression, e)
