import torch

try:
    torch.tensor([1, 2]) @ torch.tensor([[1.0], [2.0]])
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.ones(2, 3) @ torch.ones(3, 2, dtype=torch.float64)
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.dot(torch.ones(2), torch.ones(2, dtype=torch.int64))
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.mv(torch.ones(2, 3), torch.ones(3, dtype=torch.float64))
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.ones(2, 2, dtype=torch.bool) @ torch.ones(2, 2, dtype=torch.bool)
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.ones(3) @ torch.ones(4, 3, 2, dtype=torch.float64)
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.ones(2, 3) @ [1, 2, 3]
except (TypeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.matmul(torch.ones(2), [1, 2])
except (TypeError) as e:
    print(type(e).__name__ + ":", e)
