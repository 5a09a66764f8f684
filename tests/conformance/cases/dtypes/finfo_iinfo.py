import torch

for d in (torch.float16, torch.bfloat16, torch.float32, torch.float64):
    print(torch.finfo(d))
f = torch.finfo(torch.half)
print(f.bits, f.eps, f.max, f.min, f.tiny, f.smallest_normal, f.resolution, f.dtype)
print(torch.finfo(torch.bfloat16).max, torch.finfo())
for d in (torch.int8, torch.int16, torch.uint8, torch.int32, torch.int64):
    print(torch.iinfo(d))
i = torch.iinfo(torch.int8)
print(i.bits, i.min, i.max, i.dtype)
for bad in (lambda: torch.finfo(torch.int8), lambda: torch.iinfo(torch.float16), lambda: torch.iinfo(torch.bool)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
