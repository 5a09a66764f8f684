import torch

print(torch.linspace(0, 10, 20, dtype=torch.int64))
print(torch.linspace(0, 200, 70, dtype=torch.uint8))
print(torch.linspace(-7.9, 100, 40, dtype=torch.int32))
print(torch.linspace(2.7, 9, 1, dtype=torch.int64))
for dtype, start in [(torch.uint8, -0.5), (torch.int32, 3e9), (torch.float32, 1e39)]:
    try:
        torch.linspace(start, 1, 3, dtype=dtype)
    except RuntimeError as e:
        print(e)
for args in [(0, 1, 3, torch.bool), (0, 1, -1, torch.float32)]:
    try:
        torch.linspace(*args[:3], dtype=args[3])
    except RuntimeError as e:
        print(e)
