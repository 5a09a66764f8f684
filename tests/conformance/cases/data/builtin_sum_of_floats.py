# Python's own sum() adds floats left to right, as in the Python 3.11 that runs PyTorch 1.13
# (later Pythons compensate the rounding, which prints other digits).
import torch

print(sum([0.1] * 10), sum([0.1, 0.2, 0.3]), sum([1e16, 1.0, -1e16]))
print(sum((x / 7 for x in range(100)), 0.5), sum([1, 2, 3]), sum([1, 2.5, True]))
losses = [torch.tensor(v).item() for v in [2.3, 1.7, 0.9]]
print(sum(losses) / len(losses))
print(sum([torch.ones(2), torch.ones(2)]))
for bad in [lambda: sum(['a', 'b'], ''), lambda: sum([1, 'a'])]:
    try:
        bad()
    except TypeError as e:
        print(e)
