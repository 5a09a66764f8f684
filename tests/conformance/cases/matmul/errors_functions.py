import torch

try:
    torch.mm(torch.ones(3), torch.ones(3))
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.mm(torch.ones(2, 3), torch.ones(3))
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.bmm(torch.ones(2, 3), torch.ones(2, 3))
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.bmm(torch.ones(2, 2, 3), torch.ones(2, 3))
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.bmm(torch.ones(2, 2, 3), torch.ones(3, 3, 4))
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.dot(torch.ones(2, 2), torch.ones(2, 2))
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.dot(torch.ones(2), torch.ones(3))
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.mv(torch.ones(3), torch.ones(3))
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.mv(torch.ones(2, 3), torch.ones(2))
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
try:
    torch.outer(torch.ones(2, 2), torch.ones(3))
except (RuntimeError) as e:
    print(type(e).__name__ + ":", e)
