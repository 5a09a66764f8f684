import torch

torch.set_printoptions(precision=10)
# Ties round to even; float64 values reach float16 through float32.
print(torch.tensor([2049.0, 2051.0, 1 + 2**-11, 65519.0, 65520.0]).half())
print(torch.tensor([1 + 2**-11 + 2**-40], dtype=torch.float64).half())
print(torch.tensor([2**-24, 2**-25, 3 * 2**-26, -(2**-26)]).half().tolist())
print(torch.tensor([257.0, 259.0, 3.4e38]).bfloat16().tolist())
print(torch.tensor([0.1, 0.2, 0.3]).bfloat16().float())
