import torch

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

# Python ints store into an integer dtype only if they fit; negative ints down to -255 wrap
# into uint8. Python floats must lie inside the dtype's range.
show(lambda: torch.tensor([300], dtype=torch.uint8))
show(lambda: torch.tensor(300, dtype=torch.uint8))
show(lambda: torch.tensor([-1, -255, 255], dtype=torch.uint8))
show(lambda: torch.tensor([-256], dtype=torch.uint8))
show(lambda: torch.tensor([-1.5], dtype=torch.uint8))
show(lambda: torch.tensor([255.9, 0.5], dtype=torch.uint8))
show(lambda: torch.tensor([2**31 - 1, -2**31], dtype=torch.int32))
show(lambda: torch.tensor([2**40], dtype=torch.int32))
show(lambda: torch.tensor([[1, 2], [3, 2**31]], dtype=torch.int32))
show(lambda: torch.tensor([1e300], dtype=torch.int64))
show(lambda: torch.tensor([float("nan")], dtype=torch.int32))
show(lambda: torch.tensor([float("inf")], dtype=torch.int64))
show(lambda: torch.tensor([2**63]))
show(lambda: torch.tensor([2**64], dtype=torch.int64))
show(lambda: torch.tensor([300, 2**64], dtype=torch.uint8))
show(lambda: torch.ByteTensor([256]))
show(lambda: torch.IntTensor([2**40]))
# Floating dtypes take any number: too large a one becomes inf.
show(lambda: torch.tensor([1e300, -1e300]))
show(lambda: torch.tensor([2**64], dtype=torch.float64))
